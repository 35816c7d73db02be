-- A group of submissions loaded together, in one transaction: the files of one dataset, at most one per key.
-- The import fills stg_batch, one row per file; every later step works on the whole group at once.
create or replace temp table stg_batch (
    submission_id      bigint,
    file_id            bigint,
    file_name          varchar,
    modified_at        timestamp,
    agency_code        varchar,
    dataset            varchar,
    report_year        integer,
    list_pending       boolean,
    rows_file          varchar,
    problems_file      varchar,
    rows_read          integer,
    encoding           varchar,
    delimiter          varchar,
    file_fault_code    varchar,
    file_fault_detail  varchar,
    agency_key         bigint,
    sheet_cells        varchar
);

create or replace temp table stg_problem (
    submission_id  bigint,
    line_no        integer,
    column_name    varchar,
    value          varchar,
    fault_code     varchar,
    expected       varchar,
    severity       varchar
);

create or replace temp table stg_loaded (
    submission_id  bigint,
    rows_loaded    bigint
);
