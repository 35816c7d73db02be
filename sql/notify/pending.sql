-- The notices to send now, oldest first, each with its agency's addresses (comma-separated) and, for reminders and
-- lateness notices, the calendar's day.
select
    n.agency_code,
    n.notice_key,
    n.kind,
    n.dataset,
    n.report_year,
    n.run_id,
    n.deadline,
    n.due_on,
    n.message_id,
    string_agg(e.address, ',' order by e.address) as addresses
from notice as n
join agency_email as e using (agency_code)
where n.status = 'PENDING'
group by all
order by min(n.created_at), n.agency_code, n.notice_key;
