-- The workers of a cluster and the partitions each ran, in the shared PostgreSQL, for `status`, `history` and the
-- run summary. Run with 010_partition_requests.sql, under its lock.
create table if not exists vtlt_worker (
    worker_id varchar(100) primary key,
    host varchar(255) not null,
    threads integer not null,
    started_at timestamp with time zone not null,
    last_heartbeat timestamp with time zone not null
);
comment on table vtlt_worker is 'Every worker process that ever started, with its latest heartbeat';
comment on column vtlt_worker.worker_id is 'host:pid:start time, unique per process';
comment on column vtlt_worker.host is 'The machine the worker runs on';
comment on column vtlt_worker.threads is 'How many partitions it runs at once (worker --threads)';
comment on column vtlt_worker.started_at is 'When the process started';
comment on column vtlt_worker.last_heartbeat is 'When it last said it was alive (every vtlt.cluster.heartbeat)';

create table if not exists vtlt_partition_run (
    step_execution_id bigint not null,
    job_execution_id bigint not null,
    worker_id varchar(100) not null references vtlt_worker,
    status varchar(20) not null,
    finished_at timestamp with time zone not null,
    primary key (step_execution_id, worker_id)
);
comment on table vtlt_partition_run is 'Which worker ran which validation partition (a Spring Batch step execution) and how it ended';
comment on column vtlt_partition_run.step_execution_id is 'BATCH_STEP_EXECUTION.STEP_EXECUTION_ID of the partition';
comment on column vtlt_partition_run.job_execution_id is 'BATCH_JOB_EXECUTION.JOB_EXECUTION_ID of the run';
comment on column vtlt_partition_run.worker_id is 'The worker that ran it';
comment on column vtlt_partition_run.status is 'The partition''s Spring Batch status when the worker finished it';
comment on column vtlt_partition_run.finished_at is 'When the worker finished it';
