-- The dry run's answer, from the temporary tables that the import's checks (sql/submission/ 1 to 5) left: the
-- decision, then each problem as the feedback files give it (a fault of the whole file first, then by severity,
-- line and column), with the messages of both languages.
with problems as (
    select
        line_no,
        column_name,
        value,
        fault_code,
        expected,
        severity
    from stg_problem
    union all
    select
        null,
        null,
        file_fault_detail,
        file_fault_code,
        null,
        'ERROR'
    from stg_batch
    where file_fault_code is not null
)
select
    d.status,
    b.sheet_cells,
    p.line_no,
    p.column_name,
    p.value,
    p.fault_code,
    p.expected,
    p.severity,
    f.message_vi,
    f.message_en
from stg_decision as d
join stg_batch as b using (submission_id)
left join problems as p on true
left join ref_fault as f on f.fault_code = p.fault_code
order by p.line_no is not null, p.severity, p.line_no, p.column_name, p.fault_code
