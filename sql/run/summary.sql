-- What a run did, as the import command prints it at the end.
select files_received, files_accepted, files_rejected, rows_loaded,
       (select count(*) from audit_source_event as e where e.run_id = audit_run.run_id) as source_problems
from audit_run
where run_id = ?;
