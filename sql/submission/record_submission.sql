-- The outcome of one file as a submission (parameters in column order).
insert into audit_submission (
    submission_id, file_id, run_id, agency_code, dataset, report_year, file_name, modified_at, status, is_current,
    file_fault_code, file_fault_detail, encoding, delimiter, rows_read, rows_loaded, rows_rejected, warnings,
    decided_at
)
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
