-- How many validation partitions each worker completed for a run (a job instance: all its executions), for the run
-- summary and `history`. A worker is named host:pid.
select
    split_part(p.worker_id, ':', 1) || ':' || split_part(p.worker_id, ':', 2) as worker,
    count(*) as partitions
from vtlt_partition_run as p
join batch_job_execution as e on e.job_execution_id = p.job_execution_id
where e.job_instance_id = ? and p.status = 'COMPLETED'
group by p.worker_id
order by worker;
