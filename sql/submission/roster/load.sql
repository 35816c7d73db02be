-- nhan-su rows without errors into fact_staff.
insert into fact_staff
with valid as (
    select *
    from stg_roster
    where line_no not in (select line_no from stg_problem where severity = 'ERROR')
)
select
    getvariable('submission_id') as submission_id,
    getvariable('report_year') as snapshot_year,
    getvariable('agency_key') as agency_key,
    getvariable('agency_code') as agency_code,
    s.person_key,
    s.birth_year,
    gender.code as gender,
    position.code as job_position,
    employment.code as employment,
    level.code as education_level,
    nullif(s.major, '') as major,
    speciality.major_key is not null as is_vtlt_major,
    s.line_no
from valid as s
left join ref_alias as gender on gender.domain = 'gender' and gender.alias_key = fold_key(s.gender)
join ref_alias as position on position.domain = 'job_position' and position.alias_key = fold_key(s.job_position)
join ref_alias as employment on employment.domain = 'employment' and employment.alias_key = fold_key(s.employment)
join ref_alias as level on level.domain = 'education_level' and level.alias_key = fold_key(s.education_level)
left join dim_vtlt_speciality as speciality on speciality.major_key = fold_key(s.major);
