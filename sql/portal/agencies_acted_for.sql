-- The agencies an account or token acts for (contract section 8), from the registry as last published
-- (analytics.duckdb, read-only): its own agency and, with children, every agency whose current version names it
-- as parent_code (a district submitting for its wards). ? = the agency, ? = with children.
with current_version as (
    select
        agency_code,
        agency_name,
        parent_code
    from dim_agency
    where superseded_at is null
    qualify row_number() over (partition by agency_code order by valid_from desc) = 1
),
acted_for as (
    select
        agency_code,
        agency_name
    from current_version
    where agency_code = ?
       or (? and parent_code = ?)
)
select
    agency_code,
    agency_name
from acted_for
order by agency_code <> ?, agency_code
