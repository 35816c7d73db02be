-- A run starts, or a restarted run starts again (it keeps its row and its first start time).
insert into audit_run (run_id, started_at, status, policy)
values (?, now(), 'STARTED', ?)
on conflict (run_id) do update set status = 'STARTED', finished_at = null;
