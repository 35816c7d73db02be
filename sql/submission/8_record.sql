-- The audit of the group: each submission's outcome, its problems, and its file marked processed.
insert into audit_submission (
    submission_id, file_id, run_id, agency_code, dataset, report_year, file_name, modified_at, status, is_current,
    file_fault_code, file_fault_detail, encoding, delimiter, rows_read, rows_loaded, rows_rejected, warnings,
    decided_at, sheet_cells
)
select
    b.submission_id,
    b.file_id,
    getvariable('run_id'),
    b.agency_code,
    b.dataset,
    b.report_year,
    b.file_name,
    b.modified_at,
    d.status,
    d.status = 'ACCEPTED',
    b.file_fault_code,
    b.file_fault_detail,
    b.encoding,
    b.delimiter,
    coalesce(b.rows_read, 0),
    coalesce(l.rows_loaded, 0),
    d.rows_rejected,
    (select count(*) from stg_problem as p where p.submission_id = b.submission_id and p.severity = 'WARNING'),
    now() at time zone 'UTC',
    b.sheet_cells
from stg_batch as b
join stg_decision as d using (submission_id)
left join stg_loaded as l using (submission_id);

insert into audit_problem
select submission_id, line_no, column_name, value, fault_code, expected, severity
from stg_problem
where submission_id in (select submission_id from stg_batch where file_fault_code is null);

update audit_received_file
set status = 'PROCESSED', processed_run_id = getvariable('run_id')
where file_id in (select file_id from stg_batch);

