-- nhan-su rows of accepted submissions, without errors, into fact_staff: one pass over the rows, joined only to
-- small tables (the batch, the decisions, the codes of the group's spellings).
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
    coalesce(major.is_vtlt_major, false) as is_vtlt_major,
    s.line_no
from valid as s
join stg_batch as b using (submission_id)
left join stg_roster_code as gender on gender.column_name = 'gender' and gender.value = s.gender
join stg_roster_code as position
    on position.column_name = 'job_position' and position.value = s.job_position and position.code is not null
join stg_roster_code as employment
    on employment.column_name = 'employment' and employment.value = s.employment and employment.code is not null
join stg_roster_code as level
    on level.column_name = 'education_level' and level.value = s.education_level and level.code is not null
left join stg_roster_code as major on major.column_name = 'major' and major.value = s.major;

insert into stg_loaded
select submission_id, count(*)
from fact_staff
where submission_id in (select submission_id from stg_decision where status = 'ACCEPTED')
group by all;
