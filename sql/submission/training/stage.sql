-- The validated rows of the group's dao-tao files.
create or replace temp table stg_training_read as
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

-- The comparison key of every coded value (fold_key), computed once per distinct spelling rather than per row.
create or replace temp table stg_training as
with spellings as (
    select value, fold_key(value) as value_key
    from (
        select distinct value from (
            select category from stg_training_read
            union select level from stg_training_read
            union select provider from stg_training_read
        ) as v(value)
        where value is not null
    )
)
select
    r.*,
    category.value_key as category_folded,
    level.value_key as level_folded,
    provider.value_key as provider_folded
from stg_training_read as r
left join spellings as category on category.value = r.category
left join spellings as level on level.value = r.level
left join spellings as provider on provider.value = r.provider;
