-- What the Parquet export writes: every table and analyst view of the warehouse, each fact partitioned by its year.
select
    table_name,
    case table_name
        when 'fact_staff' then 'snapshot_year'
        when 'fact_training_activity' then 'class_year'
        when 'fact_training_funding' then 'class_year'
        when 'fact_participation' then 'report_year'
    end as partition_column
from duckdb_tables()
where database_name = current_database() and schema_name = 'main'
union all
select view_name, null
from duckdb_views()
where not internal and database_name = current_database() and schema_name = 'main'
order by 1;
