-- Every key of the year that is not accepted, with the reason of its latest file in one line.
with latest as (
    select s.*
    from audit_submission as s
    where s.report_year = ?
    qualify row_number() over (partition by agency_code, dataset, report_year order by modified_at desc, submission_id desc) = 1
),
first_problem as (
    select p.submission_id, p.line_no, p.column_name, p.fault_code
    from audit_problem as p
    where p.severity = 'ERROR'
    qualify row_number() over (partition by p.submission_id order by p.line_no nulls first) = 1
)
select
    v.agency_code,
    v.dataset,
    v.status,
    l.file_name,
    coalesce(ff.message_en || ' (' || l.file_fault_detail || ')',
             pf.message_en || ' (line ' || fp.line_no || ', ' || fp.column_name || ')'
                 || case when l.rows_rejected > 1 then ' and ' || (l.rows_rejected - 1) || ' more row(s)' else '' end,
             '') as reason
from v_submission_status as v
left join latest as l
    on l.agency_code = v.agency_code and l.dataset = v.dataset and l.report_year = v.year
left join ref_fault as ff on ff.fault_code = l.file_fault_code
left join first_problem as fp on fp.submission_id = l.submission_id
left join ref_fault as pf on pf.fault_code = fp.fault_code
where v.year = ? and v.status <> 'ACCEPTED'
order by v.status desc, v.agency_code, v.dataset;
