-- The validated rows of the group's nhan-su files (person IDs already keyed, names already dropped).
create or replace temp table stg_roster_read as
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

-- The comparison key of every coded value (fold_key), computed once per distinct spelling rather than per row.
create or replace temp table stg_roster as
with spellings as (
    select value, fold_key(value) as value_key
    from (
        select distinct value from (
            select gender from stg_roster_read
            union select job_position from stg_roster_read
            union select employment from stg_roster_read
            union select education_level from stg_roster_read
            union select major from stg_roster_read
        ) as v(value)
        where value is not null
    )
)
select
    r.*,
    gender.value_key as gender_folded,
    job_position.value_key as job_position_folded,
    employment.value_key as employment_folded,
    education_level.value_key as education_level_folded,
    major.value_key as major_folded
from stg_roster_read as r
left join spellings as gender on gender.value = r.gender
left join spellings as job_position on job_position.value = r.job_position
left join spellings as employment on employment.value = r.employment
left join spellings as education_level on education_level.value = r.education_level
left join spellings as major on major.value = r.major;
