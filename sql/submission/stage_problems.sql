-- The faults and warnings that validation (Java) found in the file: the start of this submission's problem list.
create or replace temp table stg_problem as
select *
from read_csv(getvariable('problems_file'),
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {
        'line_no': 'INTEGER',
        'column_name': 'VARCHAR',
        'value': 'VARCHAR',
        'fault_code': 'VARCHAR',
        'expected': 'VARCHAR',
        'severity': 'VARCHAR'
    });
