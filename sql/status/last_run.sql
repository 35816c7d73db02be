-- The latest run and what it changed: each submission it decided.
with last_run as (
    select * from audit_run order by run_id desc limit 1
)
select r.run_id, r.status, r.started_at, r.finished_at, s.agency_code, s.dataset, s.report_year, s.status, s.file_name
from last_run as r
left join audit_submission as s on s.run_id = r.run_id
order by s.agency_code, s.dataset, s.report_year, s.submission_id;
