-- Completeness of one dataset in one reporting year, one row per agency that owes it (owed_in_year in
-- sql/060_views.sql: every agency active in the year owes nhan-su; dao-tao and hoc-vien are owed by those that sent
-- one), with the version of the agency in force that year. The optional filters pick the agencies behind one number
-- of the completeness page. Parameters, in order: year, dataset, status, district label, agency type (the last three
-- NULL for all).
select
    o.agency_code,
    o.agency_name,
    o.district_label,
    t.name_vi || ' | ' || t.name_en as agency_type_label,
    o.status,
    o.received_at
from owed_in_year(cast(? as integer), cast(? as varchar)) as o
join dim_agency_type as t using (agency_type)
cross join (
    select
        cast(? as varchar) as wanted_status,
        cast(? as varchar) as wanted_district,
        cast(? as varchar) as wanted_type
) as f
where (f.wanted_status is null or o.status = f.wanted_status)
  and (f.wanted_district is null or o.district_label = f.wanted_district)
  and (f.wanted_type is null or o.agency_type = f.wanted_type)
order by o.district_label, o.agency_code
