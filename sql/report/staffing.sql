-- Staff on 31/12 of each year of a review, and of the year before it (parameters: from year, to year).
select snapshot_year as year, total_staff, vtlt_qualified, qualified_pct
from v_staffing_summary
where snapshot_year between cast(? as integer) - 1 and ?
order by year;
