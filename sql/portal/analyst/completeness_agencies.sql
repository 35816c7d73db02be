-- Completeness of one dataset in one reporting year, one row per agency that owes it (v_submission_status: every
-- agency active in the year owes nhan-su; dao-tao and hoc-vien are owed by those that sent one), with the version
-- of the agency in force that year (its district and type). The optional filters pick the agencies behind one
-- number of the completeness page. Parameters, in order: year, dataset, status, district label, agency type (the
-- last three NULL for all).
with params as (
    select
        cast(? as integer) as year,
        cast(? as varchar) as dataset,
        cast(? as varchar) as status,
        cast(? as varchar) as district_label,
        cast(? as varchar) as agency_type
),
owed as (
    select
        s.agency_code,
        s.status,
        s.received_at
    from v_submission_status as s, params as p
    where s.year = p.year
      and s.dataset = p.dataset
),
version_in_year as (
    select
        a.agency_code,
        a.agency_name,
        a.agency_type,
        coalesce(a.district, 'Cấp Thành phố | City level') as district_label
    from dim_agency as a, params as p
    where a.superseded_at is null
      and (a.valid_from is null or a.valid_from <= make_date(p.year, 12, 31))
      and (a.valid_to is null or a.valid_to >= make_date(p.year, 1, 1))
    qualify row_number() over (partition by a.agency_code order by a.valid_from desc nulls last) = 1
)
select
    o.agency_code,
    v.agency_name,
    v.district_label,
    t.name_vi || ' | ' || t.name_en as agency_type_label,
    o.status,
    o.received_at
from owed as o
join version_in_year as v using (agency_code)
join dim_agency_type as t using (agency_type)
cross join params as p
where (p.status is null or o.status = p.status)
  and (p.district_label is null or v.district_label = p.district_label)
  and (p.agency_type is null or v.agency_type = p.agency_type)
order by v.district_label, o.agency_code
