-- Keeps this submission's problems in the audit.
insert into audit_problem
select getvariable('submission_id'), line_no, column_name, value, fault_code, expected, severity
from stg_problem;
