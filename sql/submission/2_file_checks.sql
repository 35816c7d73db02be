-- Faults of a whole file that need the warehouse: its agency must be in the registry and active in the year.
-- (arguments qualified: a macro's subquery would otherwise read dim_agency.agency_code for agency_code)
update stg_batch
set file_fault_code = 'UNKNOWN_AGENCY',
    file_fault_detail = agency_code || ', ' || report_year
where file_fault_code is null
  and not agency_active_in(stg_batch.agency_code, stg_batch.report_year);

-- The agency version the facts of each submission refer to.
update stg_batch
set agency_key = agency_key_at(stg_batch.agency_code, stg_batch.report_year)
where file_fault_code is null;

-- The staging files still to read (DuckDB reads them all in one read_csv); a file without problems has no
-- problems file (problems_file null).
set variable rows_files = (
    select coalesce(list(rows_file order by submission_id), []) from stg_batch where file_fault_code is null
);
set variable problems_files = (
    select coalesce(list(problems_file order by submission_id), [])
    from stg_batch
    where file_fault_code is null
      and problems_file is not null
);
