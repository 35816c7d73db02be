-- The validated rows of the group's nhan-su files (person IDs already keyed, names already dropped). It is the only
-- copy of the rows: what the checks and the load need besides is in a small table.
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

-- Each distinct spelling of each coded column with its code (NULL: no accepted spelling folds to it), and of the
-- major whether it is a VTLT speciality: fold_key runs once per spelling rather than per row, and the rows join
-- this small table.
create or replace temp table stg_roster_code as
with spellings as (
    select column_name, value, fold_key(value) as value_key
    from (
        select distinct column_name, value from (
            select 'gender' as column_name, gender as value from stg_roster
            union all select 'job_position', job_position from stg_roster
            union all select 'employment', employment from stg_roster
            union all select 'education_level', education_level from stg_roster
            union all select 'major', major from stg_roster
        )
        where value is not null
    )
)
select
    s.column_name,
    s.value,
    a.code,
    speciality.major_key is not null as is_vtlt_major
from spellings as s
left join ref_alias as a on a.domain = s.column_name and a.alias_key = s.value_key
left join dim_vtlt_speciality as speciality on s.column_name = 'major' and speciality.major_key = s.value_key;
