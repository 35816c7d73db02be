-- Row checks of nhan-su that need reference data (contract section 4).
insert into stg_problem
with unknown as (
    select column_name, value
    from stg_roster_code
    where column_name <> 'major' and value <> '' and code is null
),
unknown_codes as (
    select s.submission_id, s.line_no, u.column_name, s.gender as value
    from stg_roster as s join unknown as u on u.column_name = 'gender' and u.value = s.gender
    union all
    select s.submission_id, s.line_no, u.column_name, s.job_position
    from stg_roster as s join unknown as u on u.column_name = 'job_position' and u.value = s.job_position
    union all
    select s.submission_id, s.line_no, u.column_name, s.employment
    from stg_roster as s join unknown as u on u.column_name = 'employment' and u.value = s.employment
    union all
    select s.submission_id, s.line_no, u.column_name, s.education_level
    from stg_roster as s join unknown as u on u.column_name = 'education_level' and u.value = s.education_level
),
trained_without_major as (
    select s.submission_id, s.line_no, 'major' as column_name, '' as value, 'MAJOR_REQUIRED' as fault_code,
        'chuyên ngành / a major' as expected
    from stg_roster as s
    join stg_roster_code as level on level.column_name = 'education_level' and level.value = s.education_level
    where level.code <> 'CHUA_QUA_DAO_TAO'
      and coalesce(s.major, '') = ''
)
select submission_id, line_no, column_name, value, 'UNKNOWN_CODE', accepted_values(column_name), 'ERROR'
from unknown_codes
union all
select submission_id, line_no, column_name, value, fault_code, expected, 'ERROR' from trained_without_major;
