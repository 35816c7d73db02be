-- The registry into dim_agency, slowly changing type 2: a version is (code, valid_from). A new version is added;
-- a version whose attributes changed is kept, marked superseded, and its corrected copy added; versions the
-- registry no longer lists stay as history.
update dim_agency as d
set superseded_at = now()
from stg_registry as s
where d.agency_code = s.code
  and d.valid_from is not distinct from s.valid_from
  and d.superseded_at is null
  and (d.agency_name, d.agency_type, d.district, d.parent_code, d.source, d.valid_to)
      is distinct from (s.name, s.agency_type, nullif(s.district, ''), nullif(s.parent_code, ''),
                        nullif(s.source, ''), s.valid_to);

insert into dim_agency
select
    nextval('seq_agency_key'),
    s.code,
    s.name,
    s.agency_type,
    nullif(s.district, ''),
    nullif(s.parent_code, ''),
    nullif(s.source, ''),
    s.valid_from,
    s.valid_to,
    now(),
    null
from stg_registry as s
where not exists (
    select 1
    from dim_agency as d
    where d.agency_code = s.code
      and d.valid_from is not distinct from s.valid_from
      and d.superseded_at is null
);

-- Where notices go: the addresses of each agency's latest version in the registry (not history: a changed address
-- applies at once).
delete from agency_email;
insert into agency_email
select code, unnest(string_split(email, ';'))
from (
    select code, email
    from stg_registry
    qualify row_number() over (partition by code order by valid_from desc nulls last) = 1
)
where nullif(email, '') is not null;
