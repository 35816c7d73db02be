-- At the end of a run, in one transaction: the staffing figures counted again from the facts (sql/060_views.sql),
-- for the city and by district and agency type.
delete from agg_staffing_summary;
insert into agg_staffing_summary
select * from staffing_summary_now();
delete from agg_staffing_by_group;
insert into agg_staffing_by_group
select * from staffing_by_group_now();
