-- Staff and training over every year the warehouse holds, by agency type (departments, districts, wards...):
-- staff on 31/12 (distinct persons within the type), of whom VTLT-qualified, the share against the city's share of
-- that year (v_staffing_summary), and the classes agencies of the type organised and their participations
-- (0 when they trained nobody). The type of an agency is that of its version in force on 31/12 of the year.
with version_on as (
    select
        y.snapshot_year as year,
        a.agency_code,
        t.name_vi || ' | ' || t.name_en as agency_type_label
    from v_staffing_summary as y
    join dim_agency as a
        on (a.valid_from is null or a.valid_from <= make_date(y.snapshot_year, 12, 31))
        and (a.valid_to is null or a.valid_to >= make_date(y.snapshot_year, 12, 31))
    join dim_agency_type as t using (agency_type)
    where a.superseded_at is null
    qualify row_number() over (partition by y.snapshot_year, a.agency_code order by a.valid_from desc nulls last) = 1
),
staff as (
    select
        v.year,
        v.agency_type_label,
        s.person_key,
        bool_or(s.is_vtlt_major and e.rank >= 1) as is_qualified
    from fact_staff as s
    join dim_education_level as e using (education_level)
    join version_on as v on v.year = s.snapshot_year and v.agency_code = s.agency_code
    group by all
),
staff_counted as (
    select
        year,
        agency_type_label,
        count(*) as total_staff,
        count(*) filter (where is_qualified) as vtlt_qualified
    from staff
    group by all
),
training as (
    select
        v.year,
        v.agency_type_label,
        sum(a.class_count) as classes,
        sum(a.participations) as participations
    from v_training_activity_current as a
    join version_on as v on v.year = a.class_year and v.agency_code = a.organiser_code
    group by all
),
agency_types as (
    select distinct year, agency_type_label from version_on
)
select
    cast(d.year as varchar) as year,
    d.agency_type_label,
    coalesce(s.total_staff, 0) as total_staff,
    coalesce(s.vtlt_qualified, 0) as vtlt_qualified,
    cast(round(100.0 * s.vtlt_qualified / nullif(s.total_staff, 0), 2) as decimal(5, 2)) as qualified_pct,
    c.qualified_pct as city_qualified_pct,
    case when 100.0 * s.vtlt_qualified / nullif(s.total_staff, 0) < c.qualified_pct
         then 'Thấp hơn Thành phố | Below the city' else '' end as below_city_label,
    coalesce(t.classes, 0) as classes_organised,
    coalesce(t.participations, 0) as participations
from agency_types as d
join v_staffing_summary as c on c.snapshot_year = d.year
left join staff_counted as s using (year, agency_type_label)
left join training as t using (year, agency_type_label)
order by d.year desc, d.agency_type_label
