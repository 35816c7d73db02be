-- nhan-su rows of accepted submissions, without errors, into fact_staff.
insert into fact_staff
with valid as (
    select s.*
    from stg_roster as s
    join stg_decision as d on d.submission_id = s.submission_id and d.status = 'ACCEPTED'
    anti join stg_problem as p on p.submission_id = s.submission_id and p.line_no = s.line_no and p.severity = 'ERROR'
)
select
    s.submission_id,
    b.report_year as snapshot_year,
    b.agency_key,
    b.agency_code,
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
join stg_batch as b using (submission_id)
left join ref_alias as gender on gender.domain = 'gender' and gender.alias_key = s.gender_folded
join ref_alias as position on position.domain = 'job_position' and position.alias_key = s.job_position_folded
join ref_alias as employment on employment.domain = 'employment' and employment.alias_key = s.employment_folded
join ref_alias as level on level.domain = 'education_level' and level.alias_key = s.education_level_folded
left join dim_vtlt_speciality as speciality on speciality.major_key = s.major_folded;

insert into stg_loaded
select submission_id, count(*)
from fact_staff
where submission_id in (select submission_id from stg_decision where status = 'ACCEPTED')
group by all;
