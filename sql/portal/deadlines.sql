-- An agency's deadlines of a reporting year, from the calendar in the analysts' file (sql/080_timeliness.sql), with
-- any extension it was granted. ? = year, ? = agency, ? = year.
select
    d.dataset,
    coalesce(e.deadline, make_date(cast(? as integer) + 1, d.due_month, d.due_day)) as deadline
from calendar_deadline as d
left join calendar_extension as e
    on e.dataset = d.dataset
    and e.agency_code = ?
    and e.report_year = ?
