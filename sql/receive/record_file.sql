-- A file received, archived and waiting to be validated and loaded; arrived_at is when its source made it
-- available (its modification time there, at most now), recorded once (sql/080_timeliness.sql).
insert into audit_received_file (
    file_id, run_id, source_agency, source, file_name, sha256, size_bytes, modified_at, received_at, archive_path,
    status, processed_run_id, arrived_at
)
values (nextval('seq_file_id'), ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', null, ?);
