-- The runs that published this analytics file and those before it (audit_run), newest first: what an operator
-- sees of the runs while an import holds the job history. Parameter: how many.
select
    run_id,
    started_at,
    finished_at,
    status,
    policy,
    files_received,
    files_accepted,
    files_rejected,
    rows_loaded
from audit_run
order by run_id desc
limit ?
