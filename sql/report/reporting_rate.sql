-- The reporting calendar's part of the review: each year's reporting and on-time rates per dataset, city-wide
-- (v_reporting_rate, contract section 9).
select year, dataset, expected, accepted, on_time, late, missing, reporting_rate_pct, on_time_pct
from v_reporting_rate
where year between ? and ? and agency_type is null and district is null
order by year, dataset;
