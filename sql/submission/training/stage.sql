-- The validated rows of the group's dao-tao files.
create or replace temp table stg_training as
select b.submission_id, r.* exclude (filename)
from read_csv(getvariable('rows_files'),
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', filename = true,
    columns = {
        'line_no': 'INTEGER',
        'class_code': 'VARCHAR',
        'class_name': 'VARCHAR',
        'category': 'VARCHAR',
        'level': 'VARCHAR',
        'topic': 'VARCHAR',
        'provider': 'VARCHAR',
        'start_date': 'DATE',
        'end_date': 'DATE',
        'class_count': 'INTEGER',
        'participations': 'INTEGER',
        'funding_city': 'BIGINT',
        'funding_district': 'BIGINT',
        'funding_agency': 'BIGINT',
        'funding_personal': 'BIGINT',
        'note': 'VARCHAR'
    }) as r
join stg_batch as b on b.rows_file = r.filename;
