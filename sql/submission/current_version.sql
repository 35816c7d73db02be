-- The current version of this submission's key, if any: a file replaces it only if it is newer
-- (later modification time, then later name; contract section 2).
select modified_at, file_name
from audit_submission
where agency_code = getvariable('agency_code')
  and dataset = getvariable('dataset')
  and report_year = getvariable('report_year')
  and is_current;
