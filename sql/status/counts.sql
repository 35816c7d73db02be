-- How many agencies were due a roster (nhan-su) for the year, and how many have one accepted, rejected or missing.
select
    count(*) as due,
    count(*) filter (where status = 'ACCEPTED') as accepted,
    count(*) filter (where status = 'REJECTED') as rejected,
    count(*) filter (where status = 'MISSING') as missing
from v_submission_status
where dataset = 'nhan-su' and year = ?;
