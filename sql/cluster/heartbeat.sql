-- A worker says it is alive.
update vtlt_worker set last_heartbeat = now() where worker_id = ?;
