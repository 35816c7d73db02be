-- The mail server refused or could not be reached: (error, agency, key); the next run tries again.
update notice
set attempts = attempts + 1, last_error = ?
where agency_code = ? and notice_key = ?;
