-- The validated rows of a hoc-vien file (person IDs already keyed, names already dropped).
create or replace temp table stg_participants as
select *
from read_csv(getvariable('rows_file'),
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {
        'line_no': 'INTEGER',
        'class_code': 'VARCHAR',
        'participant_agency_code': 'VARCHAR',
        'person_key': 'VARCHAR',
        'result': 'VARCHAR'
    });
