-- Staff and training over every year the warehouse holds, by district or by agency type (parameter: district or
-- agency_type), as the import counted them at the end of its last run (agg_staffing_by_group, sql/060_views.sql):
-- staff on 31/12, of whom VTLT-qualified, the share against the city's share of that year (v_staffing_summary), a
-- flag when below it, and the classes the group's agencies organised and their participations (0: trained nobody).
select
    cast(g.snapshot_year as varchar) as year,
    g.group_label as group_label,
    g.total_staff,
    g.vtlt_qualified,
    cast(round(100.0 * g.vtlt_qualified / nullif(g.total_staff, 0), 2) as decimal(5, 2)) as qualified_pct,
    c.qualified_pct as city_qualified_pct,
    case when 100.0 * g.vtlt_qualified / nullif(g.total_staff, 0) < c.qualified_pct
         then 'Thấp hơn Thành phố | Below the city' else '' end as below_city_label,
    g.classes_organised,
    g.participations
from agg_staffing_by_group as g
join v_staffing_summary as c using (snapshot_year)
where g.breakdown = ?
order by g.snapshot_year desc, g.group_label
