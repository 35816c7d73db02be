-- At the end of a run, in one transaction: the staffing figures counted again from the facts (sql/060_views.sql).
delete from agg_staffing_summary;
insert into agg_staffing_summary
select * from staffing_summary_now();
