-- The files of the group, one row each in stg_batch, in one statement: a statement per file cost about a millisecond
-- each, most of the load of thousands of small files. $1 to $15 are lists with one element per file, in the
-- group's order: file id (also the submission's id), file name, modification time at the source (microseconds since
-- 1970 UTC), then from its validation: agency, dataset, year (from the file name), whether its participant list
-- waits in the same run, its rows and problems staging files, rows read, encoding, delimiter (or sheet), the fault
-- that rejects the whole file and its detail, and an XLSX submission's sheet and columns (JSON).
insert into stg_batch (
    submission_id, file_id, file_name, modified_at, agency_code, dataset, report_year, list_pending, rows_file,
    problems_file, rows_read, encoding, delimiter, file_fault_code, file_fault_detail, agency_key, sheet_cells
)
select
    file_id,
    file_id,
    file_name,
    make_timestamp(modified_at),
    agency_code,
    dataset,
    report_year,
    list_pending,
    rows_file,
    problems_file,
    rows_read,
    encoding,
    delimiter,
    file_fault_code,
    file_fault_detail,
    null,
    sheet_cells
from (
    select
        unnest($1::bigint[]) as file_id,
        unnest($2::varchar[]) as file_name,
        unnest($3::bigint[]) as modified_at,
        unnest($4::varchar[]) as agency_code,
        unnest($5::varchar[]) as dataset,
        unnest($6::integer[]) as report_year,
        unnest($7::boolean[]) as list_pending,
        unnest($8::varchar[]) as rows_file,
        unnest($9::varchar[]) as problems_file,
        unnest($10::bigint[]) as rows_read,
        unnest($11::varchar[]) as encoding,
        unnest($12::varchar[]) as delimiter,
        unnest($13::varchar[]) as file_fault_code,
        unnest($14::varchar[]) as file_fault_detail,
        unnest($15::varchar[]) as sheet_cells,
        unnest(range(len($1::bigint[]))) as position
)
order by position;
