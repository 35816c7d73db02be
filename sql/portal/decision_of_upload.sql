-- What the import decided for a file the portal wrote into an agency's folder (the same source agency, name and
-- SHA-256), with its problems as the feedback gives them; no row while the file waits for the next import.
-- ? = agency code, ? = file name, ? = SHA-256.
select
    s.run_id,
    s.status,
    s.sheet_cells,
    p.line_no,
    p.column_name,
    p.value,
    p.fault_code,
    p.expected,
    p.severity,
    f.message_vi,
    f.message_en,
    s.file_fault_code,
    s.file_fault_detail,
    file_fault.message_vi as file_message_vi,
    file_fault.message_en as file_message_en
from audit_received_file as r
join audit_submission as s using (file_id)
left join audit_problem as p on p.submission_id = s.submission_id
left join ref_fault as f on f.fault_code = p.fault_code
left join ref_fault as file_fault on file_fault.fault_code = s.file_fault_code
where r.source_agency = ?
  and r.file_name = ?
  and r.sha256 = ?
order by s.submission_id desc, p.severity, p.line_no nulls first, p.column_name, p.fault_code
