-- The mail server took the notice (agency, key): it is never sent again.
update notice
set status = 'SENT', attempts = attempts + 1, sent_at = now(), last_error = null
where agency_code = ? and notice_key = ?;
