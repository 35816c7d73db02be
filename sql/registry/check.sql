-- Faults of the registry that need reference data: each row is (line_no, column, value, expected).
select line_no, 'agency_type' as column_name, agency_type as value,
    (select string_agg(agency_type, ', ' order by agency_type) from dim_agency_type) as expected
from stg_registry
where agency_type not in (select agency_type from dim_agency_type)
union all
select min(line_no), 'code', code, 'one row per code and valid_from / mỗi mã và ngày hiệu lực một dòng'
from stg_registry
group by code, valid_from
having count(*) > 1
order by 1;
