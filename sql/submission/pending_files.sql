-- Files received and not yet processed: the work of the validate and load steps.
select file_id, file_name, source_agency, archive_path, modified_at
from audit_received_file
where status = 'RECEIVED'
order by file_id;
