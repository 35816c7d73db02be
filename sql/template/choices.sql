-- The values a template's drop-downs offer: for each coded column (ref_alias.domain) the first spelling of each
-- code, in the order sql/040_reference_data.sql lists them (its first spelling is the canonical one).
select domain, arg_min(alias, rowid) as alias
from ref_alias
group by domain, code
order by domain, min(rowid);
