-- A worker process starts (sql/cluster/020_workers.sql): its id, host and threads; its heartbeat starts now.
insert into vtlt_worker (worker_id, host, threads, started_at, last_heartbeat)
values (?, ?, ?, now(), now());
