-- Notices the mail server has not taken yet (each run tries them again), with its last answer.
select agency_code, notice_key, attempts, regexp_replace(last_error, '\s+', ' ', 'g') as last_error
from notice
where status = 'PENDING' and attempts > 0
order by created_at, agency_code, notice_key;
