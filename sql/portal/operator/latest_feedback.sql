-- The latest feedback of each agency: the last run that decided one of its submissions (the run whose feedback
-- file it was sent), and what that run decided of its files.
with decided as (
    select
        agency_code,
        run_id,
        status
    from audit_submission
    where agency_code is not null
),
latest_run as (
    select
        agency_code,
        max(run_id) as run_id
    from decided
    group by all
)
select
    l.agency_code,
    l.run_id,
    count(*) filter (where d.status in ('ACCEPTED', 'SUPERSEDED')) as files_accepted,
    count(*) filter (where d.status = 'REJECTED') as files_rejected
from latest_run as l
join decided as d using (agency_code, run_id)
group by all
order by files_rejected desc, l.agency_code
