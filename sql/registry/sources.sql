-- Every agency's source, from its latest version in force: NULL for its inbox folder, else a URL.
select agency_code, source
from dim_agency
where superseded_at is null
qualify row_number() over (partition by agency_code order by valid_from desc nulls last) = 1
order by agency_code;
