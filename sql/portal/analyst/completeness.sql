-- Completeness of one dataset in one reporting year, counted by district and by agency type (and for the whole
-- city): how many agencies owe it, and of them how many are accepted, rejected, missing. The agencies are those of
-- owed_in_year (sql/060_views.sql), as completeness_agencies.sql lists them. Parameters: year, dataset.
with counted as (
    select
        grouping(o.district_label, o.agency_type) as grouping_id,
        o.district_label,
        o.agency_type,
        count(*) as owed,
        count(*) filter (where o.status = 'ACCEPTED') as accepted,
        count(*) filter (where o.status = 'REJECTED') as rejected,
        count(*) filter (where o.status = 'MISSING') as missing
    from owed_in_year(cast(? as integer), cast(? as varchar)) as o
    group by grouping sets ((o.district_label), (o.agency_type), ())
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
