-- Row checks of hoc-vien that need reference data, the registry and the organiser's dao-tao (contract section 4).
insert into stg_problem
with classes as (
    select organiser_code, class_code, participations
    from v_training_activity_current
    where organiser_code in (select agency_code from stg_batch)
),
listed as (
    select s.submission_id, s.class_code, min(s.line_no) as first_line, count(*) as listed,
        any_value(c.participations) as participations
    from stg_participants as s
    join classes as c using (organiser_code, class_code)
    group by all
)
select s.submission_id, s.line_no, 'result', s.result, 'UNKNOWN_CODE', accepted_values('result'), 'ERROR'
from stg_participants as s
join stg_participant_result as r on r.value = s.result
where s.result <> '' and r.code is null
union all
select submission_id, line_no, 'participant_agency_code', participant_agency_code, 'UNKNOWN_PARTICIPANT_AGENCY',
    'mã trong danh mục cơ quan / a registry code', 'ERROR'
from stg_participants as s
where s.participant_agency_code is not null
  and not exists (
    select 1 from dim_agency as a where a.agency_code = s.participant_agency_code and a.superseded_at is null
)
union all
select s.submission_id, s.line_no, 'class_code', s.class_code, 'UNKNOWN_CLASS',
    'mã lớp trong dao-tao của ' || s.organiser_code || ' / a class code of its dao-tao', 'ERROR'
from (select * from stg_participants where class_code is not null) as s
anti join classes as c using (organiser_code, class_code)
union all
select submission_id, first_line, 'class_code', class_code, 'PARTICIPANT_COUNT_MISMATCH',
    cast(participations as varchar) || ' (dao-tao), ' || cast(listed as varchar) || ' (hoc-vien)', 'ERROR'
from listed
where listed <> participations;
