-- The submissions a run decided, each followed by its problems, with the messages of both languages.
select
    f.source_agency,
    s.submission_id,
    s.file_name,
    s.dataset,
    s.status,
    s.file_fault_code,
    s.file_fault_detail,
    file_fault.message_vi as file_message_vi,
    file_fault.message_en as file_message_en,
    s.rows_read,
    s.rows_loaded,
    s.rows_rejected,
    s.warnings,
    s.sheet_cells,
    p.line_no,
    p.column_name,
    p.value,
    p.fault_code,
    p.expected,
    p.severity,
    fault.message_vi,
    fault.message_en
from audit_submission as s
join audit_received_file as f using (file_id)
left join ref_fault as file_fault on file_fault.fault_code = s.file_fault_code
left join audit_problem as p on p.submission_id = s.submission_id
left join ref_fault as fault on fault.fault_code = p.fault_code
where s.run_id = ?
order by f.source_agency, s.submission_id, p.severity, p.line_no nulls first, p.column_name;
