-- Whether a run changed what analysts see: it decided a submission, or the registry gave new agency versions.
select exists (select 1 from audit_submission where run_id = ?)
    or exists (select 1 from dim_agency where recorded_at >= (select max(started_at) from audit_run))
    or exists (select 1 from dim_agency where superseded_at >= (select max(started_at) from audit_run));
