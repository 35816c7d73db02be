-- hoc-vien rows of accepted submissions, without errors, into fact_participation; a class whose list does not
-- add up loads none of it.
insert into fact_participation
with valid as (
    select s.*
    from stg_participants as s
    join stg_decision as d on d.submission_id = s.submission_id and d.status = 'ACCEPTED'
    anti join stg_problem as p on p.submission_id = s.submission_id and p.line_no = s.line_no and p.severity = 'ERROR'
    anti join stg_problem as m
        on m.submission_id = s.submission_id and m.fault_code = 'PARTICIPANT_COUNT_MISMATCH' and m.value = s.class_code
),
-- the agency version of each participant's agency, looked up once per agency and year
participant_agency as (
    select k.participant_agency_code, k.report_year, agency_key_at(k.participant_agency_code, k.report_year) as agency_key
    from (
        select distinct v.participant_agency_code, b.report_year
        from valid as v
        join stg_batch as b using (submission_id)
    ) as k
)
select
    s.submission_id,
    b.report_year,
    b.agency_code as organiser_code,
    s.class_code,
    a.agency_key as participant_agency_key,
    s.participant_agency_code,
    s.person_key,
    result.code as result,
    s.line_no
from valid as s
join stg_batch as b using (submission_id)
join participant_agency as a on a.participant_agency_code = s.participant_agency_code and a.report_year = b.report_year
left join ref_alias as result on result.domain = 'result' and result.alias_key = s.result_folded;

insert into stg_loaded
select submission_id, count(*)
from fact_participation
where submission_id in (select submission_id from stg_decision where status = 'ACCEPTED')
group by all;
