-- An agency's checklist of a reporting year (the task list of its page): each dataset, what the analysts' file
-- says of it (v_submission_status: ACCEPTED, REJECTED, MISSING; nhan-su is owed every year, so it is MISSING also
-- for a year the warehouse does not hold yet; the others are owed by organisers only) and, for the latest decided
-- file, its outcome and the fault that rejected it. ? = agency, ? = year, ? = agency, ? = year.
with datasets as (
    select *
    from (values (1, 'nhan-su'), (2, 'dao-tao'), (3, 'hoc-vien')) as d(position, dataset)
),
status as (
    select
        dataset,
        status,
        received_at
    from v_submission_status
    where agency_code = ?
      and year = ?
),
latest as (
    select
        dataset,
        file_name,
        status as latest_status,
        file_fault_code,
        rows_rejected,
        decided_at
    from audit_submission
    where agency_code = ?
      and report_year = ?
    qualify row_number() over (partition by dataset order by decided_at desc, submission_id desc) = 1
)
select
    d.dataset,
    coalesce(s.status, case when d.dataset = 'nhan-su' then 'MISSING' end) as status,
    s.received_at,
    l.file_name,
    l.latest_status,
    l.file_fault_code,
    f.message_vi as fault_vi,
    f.message_en as fault_en,
    l.rows_rejected,
    l.decided_at
from datasets as d
left join status as s using (dataset)
left join latest as l using (dataset)
left join ref_fault as f on f.fault_code = l.file_fault_code
order by d.position
