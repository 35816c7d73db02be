-- The reporting calendar (contract section 9): when each key is due, whether it arrived in time, and the
-- reporting and on-time rates. The import writes the calendar file's deadlines and extensions here at every run
-- (sql/calendar/), so that the views need nothing but the warehouse.

-- When a file arrived: when its source first made it available (a folder file's modification time, an HTTP
-- listing's modified, the portal's upload time, which the portal writes as the file's modification time), never
-- later than its receipt. Recorded once, with the receipt: a resend of the same bytes is not received again.
alter table audit_received_file add column if not exists arrived_at timestamp;
update audit_received_file set arrived_at = least(modified_at, received_at) where arrived_at is null;
comment on column audit_received_file.arrived_at is 'When the source first made the file available (its modification time at the source, at most its receipt), UTC; the time its timeliness is judged by.';

create table if not exists calendar_deadline (
    dataset    varchar primary key,
    due_month  integer not null,
    due_day    integer not null
);
comment on table calendar_deadline is 'The deadline of each dataset, from the calendar file (jobs/reporting-calendar.yml): the key of year Y is due by day due_day of month due_month of Y+1, end of the day in Ho Chi Minh City.';
comment on column calendar_deadline.dataset is 'nhan-su, dao-tao or hoc-vien.';
comment on column calendar_deadline.due_month is 'Month of the year after the reporting year.';
comment on column calendar_deadline.due_day is 'Day of that month.';
-- contract section 9's defaults until a run writes the calendar file's
insert into calendar_deadline
select * from (values ('nhan-su', 1, 15), ('dao-tao', 1, 31), ('hoc-vien', 1, 31))
where not exists (select 1 from calendar_deadline);

create table if not exists calendar_extension (
    agency_code  varchar not null,
    dataset      varchar not null,
    report_year  integer not null,
    deadline     date not null,
    reason       varchar not null
);
comment on table calendar_extension is 'Extensions the operator granted in the calendar file: one agency, one key, a later deadline and why.';
comment on column calendar_extension.agency_code is 'The agency.';
comment on column calendar_extension.dataset is 'The dataset of the key.';
comment on column calendar_extension.report_year is 'The reporting year of the key.';
comment on column calendar_extension.deadline is 'The extended deadline (end of that day in Ho Chi Minh City).';
comment on column calendar_extension.reason is 'Why it was granted.';

create table if not exists calendar_today (
    today  date not null
);
comment on table calendar_today is 'The calendar day (Ho Chi Minh City) of the last run: the year before it is owed even before any file of it arrives.';
comment on column calendar_today.today is 'The day.';

-- The end of a deadline's day in Ho Chi Minh City (UTC+7 all year, no daylight saving), in UTC like every time here.
create or replace macro deadline_end_utc(d) as cast(d as timestamp) + interval 1 day - interval 7 hour;
-- The day in Ho Chi Minh City of a UTC time.
create or replace macro local_day(t) as cast(t + interval 7 hour as date);

create or replace view v_reporting_year as
select distinct report_year as year
from audit_submission
where report_year is not null
union
select year(today) - 1
from calendar_today;
comment on view v_reporting_year is 'The reporting years the calendar follows: every year the warehouse holds a file of, and the year before the last run.';
comment on column v_reporting_year.year is 'Reporting year.';

create or replace view v_agency_at_year_end as
select
    y.year,
    a.agency_code,
    a.agency_type,
    a.district
from dim_agency as a
join v_reporting_year as y
    on (a.valid_from is null or a.valid_from <= make_date(y.year, 12, 31))
    and (a.valid_to is null or a.valid_to >= make_date(y.year, 12, 31))
where a.superseded_at is null
qualify row_number() over (partition by y.year, a.agency_code order by a.valid_from desc nulls last) = 1;
comment on view v_agency_at_year_end is 'The agencies in force on 31/12 of each reporting year (the registry''s history), with that version''s type and district: they are the ones that owe reports for the year.';
comment on column v_agency_at_year_end.year is 'Reporting year.';
comment on column v_agency_at_year_end.agency_code is 'Registry code.';
comment on column v_agency_at_year_end.agency_type is 'Its type on 31/12.';
comment on column v_agency_at_year_end.district is 'Its district on 31/12, as the registry gives it.';

create or replace view v_submission_timeliness as
with arrived as (
    -- every submission with the arrival of its file
    select
        s.agency_code,
        s.dataset,
        s.report_year as year,
        s.status,
        f.arrived_at
    from audit_submission as s
    join audit_received_file as f using (file_id)
    where s.dataset is not null
),
owed as (
    -- a roster from every agency in force on 31/12; training files from the organisers that sent some for the year
    select agency_code, 'nhan-su' as dataset, year
    from v_agency_at_year_end
    union
    select r.agency_code, r.dataset, r.year
    from arrived as r
    join v_agency_at_year_end as a using (agency_code, year)
    where r.dataset <> 'nhan-su'
),
with_deadline as (
    select
        o.agency_code,
        o.dataset,
        o.year,
        coalesce(e.deadline, make_date(o.year + 1, d.due_month, d.due_day)) as deadline
    from owed as o
    join calendar_deadline as d using (dataset)
    left join calendar_extension as e
        on e.agency_code = o.agency_code and e.dataset = o.dataset and e.report_year = o.year
),
received as (
    select
        agency_code,
        dataset,
        year,
        min(arrived_at) as first_received_at,
        min(arrived_at) filter (where status in ('ACCEPTED', 'SUPERSEDED')) as accepted_at
    from arrived
    group by all
)
select
    k.agency_code,
    k.dataset,
    k.year,
    k.deadline,
    r.first_received_at,
    r.accepted_at,
    case
        when r.accepted_at is null then 'MISSING'
        when r.accepted_at < deadline_end_utc(k.deadline) then 'ON_TIME'
        else 'LATE'
    end as timeliness
from with_deadline as k
left join received as r using (agency_code, dataset, year)
order by k.year, k.agency_code, k.dataset;
comment on view v_submission_timeliness is 'One row per owed key (contract section 9): ON_TIME when the first file of the key that was accepted arrived by the deadline, LATE when after it, MISSING when none is accepted yet. A file that arrived in time but was rejected, and was corrected after the deadline, is LATE: what counts is the first accepted one.';
comment on column v_submission_timeliness.agency_code is 'Registry code.';
comment on column v_submission_timeliness.dataset is 'nhan-su, dao-tao or hoc-vien.';
comment on column v_submission_timeliness.year is 'Reporting year.';
comment on column v_submission_timeliness.deadline is 'The day it is due by (end of the day in Ho Chi Minh City): the calendar''s, or the agency''s extension.';
comment on column v_submission_timeliness.first_received_at is 'When the first file of the key arrived, accepted or not, UTC; NULL when nothing arrived.';
comment on column v_submission_timeliness.accepted_at is 'When the first file of the key that was accepted arrived, UTC; NULL when none is accepted.';
comment on column v_submission_timeliness.timeliness is 'ON_TIME, LATE or MISSING.';

create or replace view v_reporting_rate as
with keyed as (
    select t.*, a.agency_type, a.district
    from v_submission_timeliness as t
    join v_agency_at_year_end as a using (agency_code, year)
),
counted as (
    select
        year,
        dataset,
        agency_type,
        district,
        grouping(agency_type) as all_types,
        grouping(district) as all_districts,
        count(*) as expected,
        count(*) filter (where timeliness <> 'MISSING') as accepted,
        count(*) filter (where timeliness = 'ON_TIME') as on_time,
        count(*) filter (where timeliness = 'LATE') as late,
        count(*) filter (where timeliness = 'MISSING') as missing
    from keyed
    group by grouping sets ((year, dataset), (year, dataset, agency_type), (year, dataset, district))
)
select
    year,
    dataset,
    agency_type,
    district,
    expected,
    accepted,
    on_time,
    late,
    missing,
    cast(round(100.0 * accepted / expected, 2) as decimal(5, 2)) as reporting_rate_pct,
    cast(round(100.0 * on_time / expected, 2) as decimal(5, 2)) as on_time_pct
from counted
-- agencies without a district (departments) are in the city's row and their type's, not in a district row
where all_districts = 1 or district is not null
order by year, dataset, agency_type nulls first, district nulls first;
comment on view v_reporting_rate is 'Reporting rate and timeliness per year and dataset: for the whole city (agency_type and district NULL), by agency type and by district. Only the agencies that owed the key by the registry''s history are expected (one closed during the year or created after 31/12 is not), so a rate never passes 100 %.';
comment on column v_reporting_rate.year is 'Reporting year.';
comment on column v_reporting_rate.dataset is 'nhan-su, dao-tao or hoc-vien.';
comment on column v_reporting_rate.agency_type is 'The agencies'' type on 31/12; NULL in the city''s and the districts'' rows.';
comment on column v_reporting_rate.district is 'The agencies'' district on 31/12, as the registry gives it; NULL in the city''s and the types'' rows.';
comment on column v_reporting_rate.expected is 'Keys owed.';
comment on column v_reporting_rate.accepted is 'Of which accepted (on time or late).';
comment on column v_reporting_rate.on_time is 'Accepted, the first accepted file arriving by the deadline.';
comment on column v_reporting_rate.late is 'Accepted, the first accepted file arriving after the deadline.';
comment on column v_reporting_rate.missing is 'Nothing accepted yet.';
comment on column v_reporting_rate.reporting_rate_pct is 'accepted / expected in %, 2 decimals.';
comment on column v_reporting_rate.on_time_pct is 'on_time / expected in %, 2 decimals.';
