-- The years the warehouse holds rosters for (31/12), oldest first: the choices of the pages' year fields.
select
    snapshot_year as year
from v_staffing_summary
order by year
