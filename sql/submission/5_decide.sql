-- What becomes of each submission (contract section 5): rejected for a fault of the file, or for faulty rows under
-- the strict policy (or when no row is valid); not used when a newer version of its key is already current
-- (later modification time, then later name; contract section 2); else accepted, replacing the current version.
create or replace temp table stg_decision as
with errors as (
    select submission_id, count(distinct line_no) as rows_rejected
    from stg_problem
    where severity = 'ERROR'
    group by all
),
current_version as (
    select b.submission_id, s.submission_id as current_id, s.modified_at, s.file_name
    from stg_batch as b
    join audit_submission as s
        on s.agency_code = b.agency_code
        and s.dataset = b.dataset
        and s.report_year = b.report_year
        and s.is_current
)
select
    b.submission_id,
    coalesce(e.rows_rejected, 0) as rows_rejected,
    c.current_id,
    case
        when b.file_fault_code is not null then 'REJECTED'
        when coalesce(e.rows_rejected, 0) > 0
            and (getvariable('policy') = 'strict' or e.rows_rejected >= b.rows_read) then 'REJECTED'
        when c.current_id is not null
            and (c.modified_at > b.modified_at or (c.modified_at = b.modified_at and c.file_name > b.file_name))
            then 'SUPERSEDED'
        else 'ACCEPTED'
    end as status
from stg_batch as b
left join errors as e using (submission_id)
left join current_version as c using (submission_id);

insert into stg_problem
select submission_id, null, null, null, 'NEWER_VERSION_CURRENT', null, 'WARNING'
from stg_decision
where status = 'SUPERSEDED';
