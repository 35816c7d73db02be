-- The agencies in force at the end of a year that notices cannot reach: no address in the registry.
select a.agency_code
from v_agency_at_year_end as a
where a.year = ?
  and not exists (select 1 from agency_email as e where e.agency_code = a.agency_code)
order by a.agency_code;
