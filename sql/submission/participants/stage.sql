-- The validated rows of the group's hoc-vien files (person IDs already keyed, names already dropped), with their
-- organiser, so that the checks read one table rather than a join of millions of rows they would each hold.
create or replace temp table stg_participants_read as
select b.submission_id, b.agency_code as organiser_code, r.* exclude (filename)
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

-- The comparison key of every coded value (fold_key), computed once per distinct spelling rather than per row.
create or replace temp table stg_participants as
with spellings as (
    select value, fold_key(value) as value_key
    from (
        select distinct value from (
            select result from stg_participants_read
        ) as v(value)
        where value is not null
    )
)
select
    r.*,
    result.value_key as result_folded
from stg_participants_read as r
left join spellings as result on result.value = r.result;
