-- A group of submissions loaded together, in one transaction: the files of one dataset, at most one per key.
-- The import fills stg_batch, one row per file; every later step works on the whole group at once.

-- Hash joins build on the small side as the query is written (reference data, the batch, the decisions), never on
-- a submission's rows: DuckDB's build_side_probe_side optimizer flips a join of millions of staged rows with a
-- join of one-row tables into building on the millions, which runs out of memory_limit instead of streaming
-- (issue 15: a 250,000-row hoc-vien at 48MB). It stays off for the session, which only runs these files.
set disabled_optimizers = 'build_side_probe_side';

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
