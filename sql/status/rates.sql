-- The city's reporting and on-time rates of a year, per dataset (v_reporting_rate).
select dataset, expected, accepted, on_time, late, missing, reporting_rate_pct, on_time_pct
from v_reporting_rate
where year = ? and agency_type is null and district is null
order by dataset;
