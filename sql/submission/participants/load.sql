-- hoc-vien rows of accepted submissions, without errors, into fact_participation; a class whose list does not
-- add up loads none of it. One pass over the rows, joined only to small tables (each built in memory as the
-- hash side), so that a list of millions of rows streams into the facts instead of being held (issue 15).

-- the agency version of each participant's agency, looked up once per agency and year
create or replace temp table stg_participant_agency as
select k.participant_agency_code, k.report_year, agency_key_at(k.participant_agency_code, k.report_year) as agency_key
from (
    select distinct s.participant_agency_code, b.report_year
    from stg_participants as s
    join stg_batch as b using (submission_id)
) as k;

insert into fact_participation
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
from stg_participants as s
join stg_batch as b using (submission_id)
join stg_decision as d on d.submission_id = s.submission_id and d.status = 'ACCEPTED'
join stg_participant_agency as a on a.participant_agency_code = s.participant_agency_code and a.report_year = b.report_year
left join stg_participant_result as result on result.value = s.result
anti join stg_problem as p on p.submission_id = s.submission_id and p.line_no = s.line_no and p.severity = 'ERROR'
anti join stg_problem as m
    on m.submission_id = s.submission_id and m.fault_code = 'PARTICIPANT_COUNT_MISMATCH' and m.value = s.class_code;

insert into stg_loaded
select submission_id, count(*)
from fact_participation
where submission_id in (select submission_id from stg_decision where status = 'ACCEPTED')
group by all;
