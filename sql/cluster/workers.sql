-- The workers seen in the last day, latest heartbeat first, with the partitions each completed, for `status`.
select
    w.host,
    split_part(w.worker_id, ':', 2) as pid,
    w.threads,
    cast(date_trunc('second', w.last_heartbeat) as varchar) as last_heartbeat,
    cast(extract(epoch from now() - w.last_heartbeat) as bigint) as seconds_ago,
    count(p.step_execution_id) filter (where p.status = 'COMPLETED') as partitions_done
from vtlt_worker as w
left join vtlt_partition_run as p on p.worker_id = w.worker_id
where w.last_heartbeat > now() - interval '1 day'
group by w.worker_id, w.host, w.threads, w.last_heartbeat
order by w.last_heartbeat desc;
