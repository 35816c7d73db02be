-- A file received, archived and waiting to be validated and loaded.
insert into audit_received_file (
    file_id, run_id, source_agency, source, file_name, sha256, size_bytes, modified_at, received_at, archive_path,
    status, processed_run_id
)
values (nextval('seq_file_id'), ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', null);
