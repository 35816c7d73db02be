-- Which version of these numbered files built the warehouse: a start whose files are the same skips them (issue 15:
-- they cost about a second and left DuckDB holding the reference rows until a checkpoint). The import writes the
-- fingerprint after running them all (sql/schema/record.sql), so a start interrupted half-way runs them again.
create table if not exists meta_schema_version (
    fingerprint  varchar not null,
    applied_at   timestamp not null
);
comment on table meta_schema_version is 'The SHA-256 of the numbered sql/ files that last built this warehouse; one row.';
comment on column meta_schema_version.fingerprint is 'SHA-256 (hex) of the texts of sql/NNN_*.sql, in order.';
comment on column meta_schema_version.applied_at is 'When they were last run (UTC).';
alter table meta_schema_version add column if not exists state varchar;
comment on column meta_schema_version.state is 'What the files left: a hash of the views, macros, columns and reference rows (sql/schema/state.sql).';
