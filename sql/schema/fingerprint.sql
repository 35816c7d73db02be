-- The fingerprint of the numbered files that built the warehouse, and the state they left (run only when
-- meta_schema_version has its state column).
select fingerprint, state from meta_schema_version
