-- The reporting year a status is about: the one asked for, else the latest year the warehouse holds.
select coalesce(cast(? as integer), max(report_year)) from audit_submission;
