-- The numbered files have all run: record their fingerprint, the only row.
delete from meta_schema_version;
insert into meta_schema_version values (getvariable('schema_fingerprint'), now() at time zone 'UTC');
