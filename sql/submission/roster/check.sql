-- Row checks of nhan-su that need reference data (contract section 4).
insert into stg_problem
with coded as (
    select submission_id, line_no, 'gender' as column_name, gender as value, gender_folded as value_key from stg_roster where coalesce(gender, '') <> ''
    union all
    select submission_id, line_no, 'job_position', job_position, job_position_folded from stg_roster where coalesce(job_position, '') <> ''
    union all
    select submission_id, line_no, 'employment', employment, employment_folded from stg_roster where coalesce(employment, '') <> ''
    union all
    select submission_id, line_no, 'education_level', education_level, education_level_folded from stg_roster where coalesce(education_level, '') <> ''
),
unknown_codes as (
    select submission_id, line_no, column_name, value, 'UNKNOWN_CODE' as fault_code, accepted_values(column_name) as expected
    from coded
    anti join ref_alias as a on a.domain = coded.column_name and a.alias_key = coded.value_key
),
trained_without_major as (
    select s.submission_id, s.line_no, 'major' as column_name, '' as value, 'MAJOR_REQUIRED' as fault_code,
        'chuyên ngành / a major' as expected
    from stg_roster as s
    join ref_alias as level on level.domain = 'education_level' and level.alias_key = s.education_level_folded
    where level.code <> 'CHUA_QUA_DAO_TAO'
      and coalesce(s.major, '') = ''
)
select submission_id, line_no, column_name, value, fault_code, expected, 'ERROR' from unknown_codes
union all
select submission_id, line_no, column_name, value, fault_code, expected, 'ERROR' from trained_without_major;
