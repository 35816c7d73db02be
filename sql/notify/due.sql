-- Records the notices that are due today and not recorded yet (sql/088_notices.sql), PENDING: the run's feedback to
-- each agency whose submissions it decided, a reminder to agencies that still owe a key before its deadline, a
-- lateness notice after it, repeated every vtlt.calendar.late-every-days, for the reporting year last closed (the
-- year before today's). Only agencies with an address get any.
-- Variables: notice_today (the calendar's day), notice_run (the run), notice_remind_days ('14,3'),
-- notice_late_every (days; 0 for one lateness notice only).
insert into notice (
    agency_code, notice_key, kind, dataset, report_year, run_id, deadline, due_on, message_id, status, attempts,
    last_error, created_at, sent_at
)
with settings as (
    select
        cast(getvariable('notice_today') as date) as today,
        cast(getvariable('notice_run') as bigint) as run_id,
        cast(getvariable('notice_late_every') as integer) as late_every
),
remind_day as (
    select cast(days as integer) as days_before
    from (select unnest(string_split(getvariable('notice_remind_days'), ',')) as days)
    where trim(days) <> ''
),
feedback as (
    select distinct
        f.source_agency as agency_code,
        'FEEDBACK run-' || s.run_id as notice_key,
        'FEEDBACK' as kind,
        cast(null as varchar) as dataset,
        cast(null as integer) as report_year,
        s.run_id,
        cast(null as date) as deadline
    from audit_submission as sub
    join audit_received_file as f using (file_id)
    cross join settings as s
    where sub.run_id = s.run_id
),
open_key as (
    -- keys owed and not accepted, with the days from the deadline to today (negative before it); only the reporting
    -- year last closed is chased: a warehouse loaded with the history since 2013 must not send weekly notices for
    -- rosters of 2013 that will never come
    select t.agency_code, t.dataset, t.year, t.deadline, s.today - t.deadline as days_past, s.late_every
    from v_submission_timeliness as t
    cross join settings as s
    where t.timeliness = 'MISSING'
      and t.year = year(s.today) - 1
),
reminder as (
    -- the smallest reminder window today is in: a run missed on day 14 before sends the 3-day one only on day 3
    select
        k.agency_code,
        'REMINDER ' || k.dataset || ' ' || k.year || ' ' || min(r.days_before) || 'd' as notice_key,
        'REMINDER' as kind,
        k.dataset,
        k.year as report_year,
        cast(null as bigint) as run_id,
        k.deadline
    from open_key as k
    join remind_day as r on -k.days_past <= r.days_before
    where k.days_past <= 0
    group by k.agency_code, k.dataset, k.year, k.deadline
),
lateness as (
    select
        agency_code,
        'LATE ' || dataset || ' ' || year || ' #'
            || case when late_every > 0 then (days_past - 1) // late_every else 0 end as notice_key,
        'LATE' as kind,
        dataset,
        year as report_year,
        cast(null as bigint) as run_id,
        deadline
    from open_key
    where days_past > 0
),
due as (
    select * from feedback
    union all
    select * from reminder
    union all
    select * from lateness
)
select
    d.agency_code,
    d.notice_key,
    d.kind,
    d.dataset,
    d.report_year,
    d.run_id,
    d.deadline,
    s.today,
    '<' || uuid() || '@vtlt-warehouse>',
    'PENDING',
    0,
    null,
    now(),
    null
from due as d
cross join settings as s
where d.agency_code in (select agency_code from agency_email)
  and not exists (
      select 1 from notice as n where n.agency_code = d.agency_code and n.notice_key = d.notice_key);
