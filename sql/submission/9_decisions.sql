-- What became of each file of the group, as the import logs it.
select b.file_id, b.file_name, d.status, coalesce(l.rows_loaded, 0) as rows_loaded, d.rows_rejected
from stg_batch as b
join stg_decision as d using (submission_id)
left join stg_loaded as l using (submission_id)
order by b.submission_id;
