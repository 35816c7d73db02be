-- The validated rows of a nhan-su file (person IDs already keyed, names already dropped).
create or replace temp table stg_roster as
select *
from read_csv(getvariable('rows_file'),
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {
        'line_no': 'INTEGER',
        'person_key': 'VARCHAR',
        'birth_year': 'INTEGER',
        'gender': 'VARCHAR',
        'job_position': 'VARCHAR',
        'employment': 'VARCHAR',
        'education_level': 'VARCHAR',
        'major': 'VARCHAR'
    });
