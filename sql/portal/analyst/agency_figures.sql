-- An agency's figures by year: its staff on 31/12 (distinct persons of its current roster), of whom VTLT-qualified
-- (the rule of v_staffing_summary: a VTLT speciality at Sơ cấp or above), and the training it organised (each class
-- once, by the year it started). Numbers only, never a person. Parameter: the agency code, twice.
with staff as (
    select
        s.snapshot_year as year,
        s.person_key,
        bool_or(s.is_vtlt_major and e.rank >= 1) as is_qualified
    from fact_staff as s
    join dim_education_level as e using (education_level)
    where s.agency_code = ?
    group by all
),
staff_by_year as (
    select
        year,
        count(*) as total_staff,
        count(*) filter (where is_qualified) as vtlt_qualified
    from staff
    group by all
),
training_by_year as (
    select
        class_year as year,
        sum(class_count) as classes,
        sum(participations) as participations
    from v_training_activity_current
    where organiser_code = ?
    group by all
)
select
    year,
    coalesce(s.total_staff, 0) as total_staff,
    coalesce(s.vtlt_qualified, 0) as vtlt_qualified,
    cast(round(100.0 * s.vtlt_qualified / nullif(s.total_staff, 0), 2) as decimal(5, 2)) as qualified_pct,
    coalesce(t.classes, 0) as classes_organised,
    coalesce(t.participations, 0) as participations
from staff_by_year as s
full join training_by_year as t using (year)
order by year
