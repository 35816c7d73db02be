-- The faults and warnings that validation (Java) found in each file.
insert into stg_problem
select b.submission_id, p.line_no, p.column_name, p.value, p.fault_code, p.expected, p.severity
from read_csv(getvariable('problems_files'),
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', filename = true,
    columns = {
        'line_no': 'INTEGER',
        'column_name': 'VARCHAR',
        'value': 'VARCHAR',
        'fault_code': 'VARCHAR',
        'expected': 'VARCHAR',
        'severity': 'VARCHAR'
    }) as p
join stg_batch as b on b.problems_file = p.filename;
