-- Every submission of an agency with what became of it: when its file was received, when it was decided, rows
-- loaded and rejected, and the fault that rejected the whole file. Parameter: the agency code.
select
    s.report_year as year,
    s.dataset,
    s.file_name,
    s.status,
    case when s.is_current then 'Đang dùng | Current' else '' end as current_label,
    f.received_at,
    s.decided_at,
    s.rows_loaded,
    s.rows_rejected,
    r.message_vi || ' | ' || r.message_en as fault_label
from audit_submission as s
join audit_received_file as f using (file_id)
left join ref_fault as r on r.fault_code = s.file_fault_code
where s.agency_code = ?
order by s.report_year desc, s.dataset, s.decided_at desc, s.submission_id desc
