-- Where the import pulls an agency's files from (sql/registry/sources.sql, for one agency): NULL for its inbox
-- folder, else the HTTP(S) URL of its listing; no row for an agency the registry does not hold. ? = agency code.
select source
from dim_agency
where agency_code = ?
  and superseded_at is null
qualify row_number() over (partition by agency_code order by valid_from desc nulls last) = 1
