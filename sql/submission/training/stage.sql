-- The validated rows of the group's dao-tao files. It is the only copy of the rows: what the checks and the load
-- need besides is in a small table.
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

-- Each distinct spelling of each coded column with its comparison key (fold_key, run once per spelling rather than
-- per row) and its code (NULL: no accepted spelling folds to it); the provider's key is its dim_provider name_key.
create or replace temp table stg_training_code as
with spellings as (
    select column_name, value, fold_key(value) as value_key
    from (
        select distinct column_name, value from (
            select 'category' as column_name, category as value from stg_training
            union all select 'level', level from stg_training
            union all select 'provider', provider from stg_training
        )
        where value is not null
    )
)
select s.column_name, s.value, s.value_key, a.code
from spellings as s
left join ref_alias as a on a.domain = s.column_name and a.alias_key = s.value_key;
