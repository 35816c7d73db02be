-- The validated rows of the group's hoc-vien files (person IDs already keyed, names already dropped).
create or replace temp table stg_participants as
select b.submission_id, r.* exclude (filename)
from read_csv(getvariable('rows_files'),
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', filename = true,
    columns = {
        'line_no': 'INTEGER',
        'class_code': 'VARCHAR',
        'participant_agency_code': 'VARCHAR',
        'person_key': 'VARCHAR',
        'result': 'VARCHAR'
    }) as r
join stg_batch as b on b.rows_file = r.filename;
