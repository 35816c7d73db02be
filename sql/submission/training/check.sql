-- Row checks of dao-tao that need reference data or other files (contract section 4).
insert into stg_problem
with coded as (
    select
        s.*,
        b.agency_code,
        b.list_pending,
        category.code as category_code,
        level.code as level_code,
        dim_level.category as level_category
    from stg_training as s
    join stg_batch as b using (submission_id)
    left join stg_training_code as category on category.column_name = 'category' and category.value = s.category
    left join stg_training_code as level on level.column_name = 'level' and level.value = s.level
    left join dim_training_level as dim_level on dim_level.level = level.code
),
-- each class's named list, where one is current (a new list of the organiser and year in this run is left to
-- check itself against the classes)
listed as (
    select organiser_code, class_code, count(*) as listed
    from v_participation_current
    group by all
)
select submission_id, line_no, 'category', category, 'UNKNOWN_CODE', accepted_values('category'), 'ERROR'
from coded
where coalesce(category, '') <> '' and category_code is null
union all
select submission_id, line_no, 'level', level, 'UNKNOWN_CODE', accepted_values('level'), 'ERROR'
from coded
where coalesce(level, '') <> '' and level_code is null
union all
select submission_id, line_no, 'level', '', 'LEVEL_REQUIRED', accepted_values('level'), 'ERROR'
from coded
where category_code in ('DAO_TAO', 'BOI_DUONG') and coalesce(level, '') = ''
union all
select submission_id, line_no, 'level', level, 'LEVEL_NOT_FOR_CATEGORY',
    (select string_agg(name_vi, ', ') from dim_training_level where category = coded.category_code), 'ERROR'
from coded
where category_code in ('DAO_TAO', 'BOI_DUONG') and level_code is not null and level_category <> category_code
union all
select submission_id, line_no, 'level', level, 'LEVEL_IGNORED', '', 'WARNING'
from coded
where category_code in ('TAP_HUAN', 'HOI_NGHI') and coalesce(level, '') <> ''
union all
select c.submission_id, c.line_no, 'participations', cast(c.participations as varchar), 'PARTICIPANT_COUNT_MISMATCH',
    cast(l.listed as varchar) || ' (hoc-vien)', 'ERROR'
from coded as c
join listed as l on l.organiser_code = c.agency_code and l.class_code = c.class_code
where not c.list_pending
  and c.participations <> l.listed;
