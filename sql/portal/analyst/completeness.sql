-- Completeness of one dataset in one reporting year, counted by district and by agency type (and for the whole
-- city): how many agencies owe it, and of them how many are accepted, rejected, missing. The same agencies as
-- completeness_agencies.sql. Parameters: year, dataset.
with params as (
    select
        cast(? as integer) as year,
        cast(? as varchar) as dataset
),
owed as (
    select
        s.agency_code,
        s.status
    from v_submission_status as s, params as p
    where s.year = p.year
      and s.dataset = p.dataset
),
version_in_year as (
    select
        a.agency_code,
        a.agency_type,
        coalesce(a.district, 'Cấp Thành phố | City level') as district_label
    from dim_agency as a, params as p
    where a.superseded_at is null
      and (a.valid_from is null or a.valid_from <= make_date(p.year, 12, 31))
      and (a.valid_to is null or a.valid_to >= make_date(p.year, 1, 1))
    qualify row_number() over (partition by a.agency_code order by a.valid_from desc nulls last) = 1
),
counted as (
    select
        grouping(v.district_label, v.agency_type) as grouping_id,
        v.district_label,
        v.agency_type,
        count(*) as owed,
        count(*) filter (where o.status = 'ACCEPTED') as accepted,
        count(*) filter (where o.status = 'REJECTED') as rejected,
        count(*) filter (where o.status = 'MISSING') as missing
    from owed as o
    join version_in_year as v using (agency_code)
    group by grouping sets ((v.district_label), (v.agency_type), ())
)
select
    -- 1: a district's row, 2: an agency type's row, 3: the whole city
    case c.grouping_id when 1 then 'district' when 2 then 'type' else 'city' end as breakdown,
    c.district_label,
    c.agency_type,
    t.name_vi || ' | ' || t.name_en as agency_type_label,
    c.owed,
    c.accepted,
    c.rejected,
    c.missing
from counted as c
left join dim_agency_type as t using (agency_type)
order by breakdown, c.district_label, c.agency_type
