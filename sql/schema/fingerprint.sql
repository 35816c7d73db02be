-- The fingerprint of the numbered files that built the warehouse (run only when meta_schema_version exists).
select fingerprint from meta_schema_version
