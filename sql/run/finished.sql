-- A run ends: its status and what it received, decided and loaded.
update audit_run
set status = ?,
    finished_at = now(),
    files_received = (select count(*) from audit_received_file as f where f.run_id = audit_run.run_id),
    files_accepted = (select count(*) from audit_submission as s
                      where s.run_id = audit_run.run_id and s.status in ('ACCEPTED', 'SUPERSEDED')),
    files_rejected = (select count(*) from audit_submission as s
                      where s.run_id = audit_run.run_id and s.status = 'REJECTED'),
    rows_loaded = (select coalesce(sum(rows_loaded), 0) from audit_submission as s where s.run_id = audit_run.run_id)
where run_id = ?;
