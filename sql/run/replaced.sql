-- Whether a run replaced a loaded submission, so that sql/submission/6_replace_current.sql deleted rows of the facts:
-- the run loaded a newer version of a key whose earlier version had been loaded and is now superseded. Only the
-- publication of such a run lets DuckDB merge row groups, which reclaims the deleted rows (Warehouse.checkpoint).
select exists (
    select 1
    from audit_submission as newer
    join audit_submission as replaced
        on replaced.agency_code = newer.agency_code
        and replaced.dataset = newer.dataset
        and replaced.report_year = newer.report_year
        and replaced.submission_id < newer.submission_id
    where newer.run_id = ?
        and newer.rows_loaded > 0
        and replaced.status = 'SUPERSEDED'
        and replaced.rows_loaded > 0
);
