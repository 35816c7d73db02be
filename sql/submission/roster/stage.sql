-- The validated rows of the group's nhan-su files (person IDs already keyed, names already dropped).
create or replace temp table stg_roster as
select b.submission_id, r.* exclude (filename)
from read_csv(getvariable('rows_files'),
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', filename = true,
    columns = {
        'line_no': 'INTEGER',
        'person_key': 'VARCHAR',
        'birth_year': 'INTEGER',
        'gender': 'VARCHAR',
        'job_position': 'VARCHAR',
        'employment': 'VARCHAR',
        'education_level': 'VARCHAR',
        'major': 'VARCHAR'
    }) as r
join stg_batch as b on b.rows_file = r.filename;
