-- An agency's registry history: every version of it the registry has held (dim_agency, type 2), newest first.
-- Parameter: the agency code.
select
    a.agency_name,
    t.name_vi || ' | ' || t.name_en as agency_type_label,
    coalesce(a.district, 'Cấp Thành phố | City level') as district_label,
    a.parent_code,
    a.valid_from,
    a.valid_to,
    a.recorded_at,
    a.superseded_at
from dim_agency as a
join dim_agency_type as t using (agency_type)
where a.agency_code = ?
order by a.recorded_at desc, a.valid_from desc nulls last
