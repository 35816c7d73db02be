-- What the numbered files leave in the warehouse, as one hash: the definitions of every view, macro and table column
-- of the main schema, and the rows of the reference tables they fill. A start skips the numbered files only when both
-- the files' fingerprint and this state are what the last run of them recorded: a jar from before the fingerprint
-- (which rewrites views and reference rows but records nothing) cannot leave a newer jar's warehouse half old.
-- Tables the import or the operator fill (facts, the registry, the calendar's deadlines) are not hashed.
select hash(
    (select string_agg(view_name || ':' || sql, ';' order by view_name)
       from duckdb_views() where database_name = current_database() and schema_name = 'main' and not internal),
    (select string_agg(function_name || ':' || coalesce(macro_definition, ''), ';' order by function_name, macro_definition)
       from duckdb_functions() where database_name = current_database() and schema_name = 'main' and not internal and function_type in ('macro', 'table_macro')),
    (select string_agg(table_name || '.' || column_name || ':' || data_type, ';' order by table_name, column_index)
       from duckdb_columns() where database_name = current_database() and schema_name = 'main' and not internal),
    (select string_agg(t::varchar, ';' order by t::varchar) from ref_fault t),
    (select string_agg(t::varchar, ';' order by t::varchar) from ref_alias t),
    (select string_agg(t::varchar, ';' order by t::varchar) from ref_review_figure t),
    (select string_agg(t::varchar, ';' order by t::varchar) from ref_review_figure_basis t),
    (select string_agg(t::varchar, ';' order by t::varchar) from dim_vtlt_speciality t),
    (select string_agg(t::varchar, ';' order by t::varchar) from dim_training_level t),
    (select string_agg(t::varchar, ';' order by t::varchar) from dim_training_category t),
    (select string_agg(t::varchar, ';' order by t::varchar) from dim_participation_result t),
    (select string_agg(t::varchar, ';' order by t::varchar) from dim_job_position t),
    (select string_agg(t::varchar, ';' order by t::varchar) from dim_gender t),
    (select string_agg(t::varchar, ';' order by t::varchar) from dim_funding_source t),
    (select string_agg(t::varchar, ';' order by t::varchar) from dim_employment t),
    (select string_agg(t::varchar, ';' order by t::varchar) from dim_education_level t),
    (select string_agg(t::varchar, ';' order by t::varchar) from dim_agency_type t)
)::varchar
