-- The import's executions, newest first, from Spring Batch's job repository (H2 by default).
select
    i.JOB_INSTANCE_ID as run_id,
    e.JOB_EXECUTION_ID as execution_id,
    cast(e.START_TIME as varchar) as started,
    cast(e.END_TIME as varchar) as ended,
    e.STATUS as status,
    e.EXIT_MESSAGE as summary
from BATCH_JOB_EXECUTION as e
join BATCH_JOB_INSTANCE as i on i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
where i.JOB_NAME = 'importJob'
order by e.JOB_EXECUTION_ID desc
limit ?;
