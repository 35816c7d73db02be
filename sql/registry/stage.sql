-- The registry file as read and checked by the import (one row per agency version).
create or replace temp table stg_registry as
select *
from read_csv(getvariable('registry_rows_file'),
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {
        'line_no': 'INTEGER',
        'code': 'VARCHAR',
        'name': 'VARCHAR',
        'agency_type': 'VARCHAR',
        'district': 'VARCHAR',
        'parent_code': 'VARCHAR',
        'valid_from': 'DATE',
        'valid_to': 'DATE',
        'source': 'VARCHAR',
        'email': 'VARCHAR'
    });
