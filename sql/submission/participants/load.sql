-- hoc-vien rows without errors into fact_participation; a class whose list does not add up loads none of it.
insert into fact_participation
with valid as (
    select *
    from stg_participants
    where line_no not in (select line_no from stg_problem where severity = 'ERROR')
      and class_code not in (
          select value from stg_problem where fault_code = 'PARTICIPANT_COUNT_MISMATCH'
      )
)
select
    getvariable('submission_id') as submission_id,
    getvariable('report_year') as report_year,
    getvariable('agency_code') as organiser_code,
    s.class_code,
    agency_key_at(s.participant_agency_code, getvariable('report_year')) as participant_agency_key,
    s.participant_agency_code,
    s.person_key,
    result.code as result,
    s.line_no
from valid as s
left join ref_alias as result on result.domain = 'result' and result.alias_key = fold_key(s.result);
