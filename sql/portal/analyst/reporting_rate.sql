-- The reporting calendar's rates of a year and dataset (v_reporting_rate, sql/080_timeliness.sql): the whole city
-- first, then by district; how many agencies owed the key, accepted, on time, late, missing, and the two rates.
-- Parameters: year, dataset.
select
    coalesce(district, case when agency_type is null then 'Toàn Thành phố | The whole city' end) as district_label,
    expected,
    accepted,
    on_time,
    late,
    missing,
    reporting_rate_pct,
    on_time_pct
from v_reporting_rate
where year = ? and dataset = ? and agency_type is null
order by district is not null, district;
