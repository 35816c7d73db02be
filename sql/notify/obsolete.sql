-- A reminder or lateness notice still waiting for a mail server is not sent once the key has been accepted.
update notice as n
set status = 'CANCELLED', last_error = 'accepted before it could be sent'
where n.status = 'PENDING'
  and n.kind in ('REMINDER', 'LATE')
  and not exists (
      select 1
      from v_submission_timeliness as t
      where t.agency_code = n.agency_code
        and t.dataset = n.dataset
        and t.year = n.report_year
        and t.timeliness = 'MISSING');
