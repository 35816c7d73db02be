-- Whether the warehouse records which numbered files built it and the state they left (a new file, or one built
-- before issue 15, does not).
select count(*) > 0 from duckdb_columns()
where schema_name = 'main' and table_name = 'meta_schema_version' and column_name = 'state'
