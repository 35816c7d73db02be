-- Training funding by year and source (parameters: from year, to year).
select
    f.year,
    s.name_vi || ' | ' || s.name_en as source_label,
    f.amount_vnd
from v_funding_summary as f
join dim_funding_source as s using (funding_source)
where f.year between ? and ?
order by f.year, f.funding_source;
