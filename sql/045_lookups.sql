-- Lookups that the per-submission SQL (sql/submission/) shares. Call them with qualified column names
-- (stg_batch.agency_code): an unqualified name would bind inside the macro's own subquery.

-- The accepted spellings of a coded column, as the feedback lists them.
create or replace macro accepted_values(d) as (
    select string_agg(alias, ', ' order by alias) from ref_alias where domain = d
);

-- Whether an agency has a version in force on some day of year y.
create or replace macro agency_active_in(code, y) as exists (
    select 1
    from dim_agency as a
    where a.agency_code = code
      and a.superseded_at is null
      and (a.valid_from is null or a.valid_from <= make_date(y, 12, 31))
      and (a.valid_to is null or a.valid_to >= make_date(y, 1, 1))
);

-- The agency version a fact of year y refers to: the latest in force on some day of y, else the latest of all.
create or replace macro agency_key_at(code, y) as (
    select a.agency_key
    from dim_agency as a
    where a.agency_code = code
      and a.superseded_at is null
    order by
        (a.valid_from is null or a.valid_from <= make_date(y, 12, 31))
            and (a.valid_to is null or a.valid_to >= make_date(y, 1, 1)) desc,
        a.valid_from desc nulls last
    limit 1
);
