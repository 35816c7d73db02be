-- The keys of a year not accepted on time: LATE with the days between the deadline and the first accepted
-- file's arrival, MISSING with the days since the deadline at the last run (negative: days still left).
select
    t.timeliness,
    t.agency_code,
    t.dataset,
    t.deadline,
    case
        when t.timeliness = 'LATE' then local_day(t.accepted_at) - t.deadline
        else c.today - t.deadline
    end as days_late
from v_submission_timeliness as t
left join calendar_today as c on true
where t.year = ? and t.timeliness <> 'ON_TIME'
order by t.timeliness, days_late desc nulls last, t.agency_code, t.dataset;
