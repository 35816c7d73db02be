-- The validated rows of a dao-tao file.
create or replace temp table stg_training as
select *
from read_csv(getvariable('rows_file'),
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
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
    });
