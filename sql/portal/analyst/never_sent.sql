-- Agencies that never sent anything: active in a year the warehouse holds (as v_submission_status counts them),
-- and no file ever received from their source nor any submission naming them.
with years as (
    select distinct report_year as year
    from audit_submission
    where report_year is not null
),
active as (
    -- the latest version of each agency in force in some year the warehouse holds
    select
        a.agency_code,
        arg_max(a.agency_name, a.valid_from) as agency_name,
        arg_max(coalesce(a.district, 'Cấp Thành phố | City level'), a.valid_from) as district_label,
        arg_max(a.agency_type, a.valid_from) as agency_type,
        min(y.year) as first_year,
        max(y.year) as last_year
    from dim_agency as a
    join years as y
        on (a.valid_from is null or a.valid_from <= make_date(y.year, 12, 31))
        and (a.valid_to is null or a.valid_to >= make_date(y.year, 1, 1))
    where a.superseded_at is null
    group by a.agency_code
),
sent as (
    select source_agency as agency_code from audit_received_file
    union
    select agency_code from audit_submission where agency_code is not null
)
select
    a.agency_code,
    a.agency_name,
    a.district_label,
    t.name_vi || ' | ' || t.name_en as agency_type_label,
    cast(a.first_year as varchar) || ' - ' || cast(a.last_year as varchar) as years_active
from active as a
join dim_agency_type as t using (agency_type)
where a.agency_code not in (select agency_code from sent)
order by a.district_label, a.agency_code
