-- Row checks of dao-tao that need reference data or other files (contract section 4).
insert into stg_problem
with coded as (
    select
        s.*,
        category.code as category_code,
        level.code as level_code,
        dim_level.category as level_category
    from stg_training as s
    left join ref_alias as category on category.domain = 'category' and category.alias_key = fold_key(s.category)
    left join ref_alias as level on level.domain = 'level' and level.alias_key = fold_key(s.level)
    left join dim_training_level as dim_level on dim_level.level = level.code
),
-- the class's named list, where one is current and no new list for this organiser and year comes in this run
listed as (
    select organiser_code, class_code, count(*) as listed
    from v_participation_current
    where organiser_code = getvariable('agency_code')
      and not getvariable('list_pending')
    group by all
)
select line_no, 'category', category, 'UNKNOWN_CODE', accepted_values('category'), 'ERROR'
from coded
where coalesce(category, '') <> '' and category_code is null
union all
select line_no, 'level', level, 'UNKNOWN_CODE', accepted_values('level'), 'ERROR'
from coded
where coalesce(level, '') <> '' and level_code is null
union all
select line_no, 'level', '', 'LEVEL_REQUIRED', accepted_values('level'), 'ERROR'
from coded
where category_code in ('DAO_TAO', 'BOI_DUONG') and coalesce(level, '') = ''
union all
select line_no, 'level', level, 'LEVEL_NOT_FOR_CATEGORY',
    (select string_agg(name_vi, ', ') from dim_training_level where category = coded.category_code), 'ERROR'
from coded
where category_code in ('DAO_TAO', 'BOI_DUONG') and level_code is not null and level_category <> category_code
union all
select line_no, 'level', level, 'LEVEL_IGNORED', '', 'WARNING'
from coded
where category_code in ('TAP_HUAN', 'HOI_NGHI') and coalesce(level, '') <> ''
union all
select c.line_no, 'participations', cast(c.participations as varchar), 'PARTICIPANT_COUNT_MISMATCH',
    cast(l.listed as varchar) || ' (hoc-vien)', 'ERROR'
from coded as c
join listed as l on l.class_code = c.class_code
where c.participations <> l.listed;
