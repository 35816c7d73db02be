-- The numbered files have all run: record their fingerprint and the state they left (sql/schema/state.sql), the only row.
delete from meta_schema_version;
insert into meta_schema_version (fingerprint, applied_at, state)
values (getvariable('schema_fingerprint'), now() at time zone 'UTC', getvariable('schema_state'));
