-- Audit: what was received, what became of it, and why. Nothing here holds a name or a raw ID.

create sequence if not exists seq_file_id start 1;

create table if not exists audit_run (
    run_id          bigint primary key,
    started_at      timestamp not null,
    finished_at     timestamp,
    status          varchar not null,
    policy          varchar not null,
    files_received  integer,
    files_accepted  integer,
    files_rejected  integer,
    rows_loaded     bigint
);
comment on table audit_run is 'One row per import run (a Spring Batch job instance); a restarted run keeps its id.';
comment on column audit_run.run_id is 'The Spring Batch job instance id of the run.';
comment on column audit_run.started_at is 'When the run first started.';
comment on column audit_run.finished_at is 'When the run last finished; NULL while running or after a crash.';
comment on column audit_run.status is 'STARTED, COMPLETED or FAILED.';
comment on column audit_run.policy is 'strict or lenient (contract section 5).';
comment on column audit_run.files_received is 'Files received from the sources in this run (identical files already received are not counted).';
comment on column audit_run.files_accepted is 'Files processed in this run whose submission was accepted.';
comment on column audit_run.files_rejected is 'Files processed in this run whose submission was rejected.';
comment on column audit_run.rows_loaded is 'Fact rows loaded by this run.';

create table if not exists audit_received_file (
    file_id           bigint primary key,
    run_id            bigint not null,
    source_agency     varchar not null,
    source            varchar not null,
    file_name         varchar not null,
    sha256            varchar not null,
    size_bytes        bigint not null,
    modified_at       timestamp not null,
    received_at       timestamp not null,
    archive_path      varchar not null,
    status            varchar not null,
    processed_run_id  bigint
);
comment on table audit_received_file is 'Every file received from a source, archived unchanged under the home folder; a file with the same SHA-256 is never received twice.';
comment on column audit_received_file.file_id is 'Surrogate id; also the id of the submission made from the file.';
comment on column audit_received_file.run_id is 'The run that received the file.';
comment on column audit_received_file.source_agency is 'The agency whose source the file came from (registry code).';
comment on column audit_received_file.source is 'The folder or URL the file came from.';
comment on column audit_received_file.file_name is 'The file name as sent.';
comment on column audit_received_file.sha256 is 'SHA-256 of the bytes received, hex.';
comment on column audit_received_file.size_bytes is 'Size of the file in bytes.';
comment on column audit_received_file.modified_at is 'Modification time at the source (file time, or the HTTP listing''s modified), UTC.';
comment on column audit_received_file.received_at is 'When the file was received, UTC.';
comment on column audit_received_file.archive_path is 'Where the unchanged file is kept, relative to the home folder.';
comment on column audit_received_file.status is 'RECEIVED (waiting to be processed) or PROCESSED.';
comment on column audit_received_file.processed_run_id is 'The run that processed the file.';

create table if not exists audit_submission (
    submission_id      bigint primary key,
    file_id            bigint not null,
    run_id             bigint not null,
    agency_code        varchar,
    dataset            varchar,
    report_year        integer,
    file_name          varchar not null,
    modified_at        timestamp not null,
    status             varchar not null,
    is_current         boolean not null,
    file_fault_code    varchar,
    file_fault_detail  varchar,
    encoding           varchar,
    delimiter          varchar,
    rows_read          integer,
    rows_loaded        integer,
    rows_rejected      integer,
    warnings           integer,
    decided_at         timestamp not null
);
-- added after the first release; a warehouse made before gets it here
alter table audit_submission add column if not exists sheet_cells varchar;
comment on table audit_submission is 'The outcome of each received file as a submission of the key (agency, dataset, year); at most one current version per key.';
comment on column audit_submission.submission_id is 'Equal to the file_id of the file it was made from.';
comment on column audit_submission.file_id is 'The received file (audit_received_file).';
comment on column audit_submission.run_id is 'The run that decided it.';
comment on column audit_submission.agency_code is 'Agency of the key, from the file name; NULL when the name does not follow the contract.';
comment on column audit_submission.dataset is 'nhan-su, dao-tao or hoc-vien; NULL when the name does not follow the contract.';
comment on column audit_submission.report_year is 'Reporting year of the key, from the file name.';
comment on column audit_submission.file_name is 'The file name as sent.';
comment on column audit_submission.modified_at is 'Modification time at the source; the later file of a key replaces the earlier.';
comment on column audit_submission.status is 'ACCEPTED (loaded), SUPERSEDED (accepted, later replaced by a newer file), REJECTED.';
comment on column audit_submission.is_current is 'True for the version of the key whose rows are in the facts.';
comment on column audit_submission.file_fault_code is 'For a file rejected as a whole: the fault (ref_fault.fault_code).';
comment on column audit_submission.file_fault_detail is 'For a file rejected as a whole: what was found, in the words of the feedback.';
comment on column audit_submission.encoding is 'The encoding detected.';
comment on column audit_submission.delimiter is 'The delimiter detected: comma, semicolon or tab.';
comment on column audit_submission.rows_read is 'Data rows read (blank and total rows excluded).';
comment on column audit_submission.rows_loaded is 'Rows loaded into the facts.';
comment on column audit_submission.rows_rejected is 'Rows with at least one error (quarantined under lenient, the cause of rejection under strict).';
comment on column audit_submission.warnings is 'Warnings reported (repaired values, ignored columns...).';
comment on column audit_submission.decided_at is 'When the outcome was decided, UTC.';

create table if not exists audit_problem (
    submission_id  bigint not null,
    line_no        integer,
    column_name    varchar,
    value          varchar,
    fault_code     varchar not null,
    expected       varchar,
    severity       varchar not null
);
comment on table audit_problem is 'Each fault (ERROR) or repair (WARNING) found in a submission, by line and column: the rejected and quarantined rows.';
comment on column audit_problem.submission_id is 'The submission (audit_submission).';
comment on column audit_problem.line_no is 'Line of the file (1 = first line), NULL for a fault of the whole file.';
comment on column audit_problem.column_name is 'The contract''s English alias of the column (agency_code, person_id...).';
comment on column audit_problem.value is 'The value found; person IDs appear only by their shape (e.g. "11 digits"), names never.';
comment on column audit_problem.fault_code is 'What is wrong (ref_fault.fault_code).';
comment on column audit_problem.expected is 'What was expected.';
comment on column audit_problem.severity is 'ERROR (the row is not loaded) or WARNING (loaded, repaired or noted).';

create table if not exists audit_source_event (
    run_id       bigint not null,
    agency_code  varchar not null,
    source       varchar not null,
    event_at     timestamp not null,
    fault_code   varchar not null,
    detail       varchar
);
comment on table audit_source_event is 'Problems met while pulling a source: unreachable source, refused file names. The run goes on with the other sources.';
comment on column audit_source_event.run_id is 'The run.';
comment on column audit_source_event.agency_code is 'The agency whose source it was.';
comment on column audit_source_event.source is 'The folder or URL.';
comment on column audit_source_event.event_at is 'When, UTC.';
comment on column audit_source_event.fault_code is 'What happened (ref_fault.fault_code).';
comment on column audit_source_event.detail is 'Details for the operator; never a token.';

create table if not exists audit_http_cache (
    url            varchar primary key,
    etag           varchar,
    last_modified  varchar
);
comment on table audit_http_cache is 'Validators of HTTP listings, for conditional requests (If-None-Match, If-Modified-Since).';
comment on column audit_http_cache.url is 'The listing URL.';
comment on column audit_http_cache.etag is 'The ETag last answered.';
comment on column audit_http_cache.last_modified is 'The Last-Modified last answered.';
comment on column audit_submission.sheet_cells is 'For an XLSX submission: JSON {"sheet": name, "columns": {alias: letter}}, so that faults name the cell an agency sees (nhan-su!D17); null for CSV.';
