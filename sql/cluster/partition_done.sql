-- A worker finished a validation partition (a step execution); a partition re-run by the same worker keeps one row.
insert into vtlt_partition_run (step_execution_id, job_execution_id, worker_id, status, finished_at)
values (?, ?, ?, ?, now())
on conflict (step_execution_id, worker_id) do update set status = excluded.status, finished_at = excluded.finished_at;
