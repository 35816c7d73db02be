-- Files received and archived, waiting to be validated and loaded: a batch of them in one statement. $1 is the
-- run, $2 the time of recording; $3 to $9 are lists with one element per file, in the order received (file ids
-- follow it): agency, source, file name, SHA-256, size, modification time at the source, archive path. Times
-- are microseconds since 1970 UTC. arrived_at is when the file's source made it available (its modification
-- time there, at most now: a source's clock ahead of ours cannot make a file arrive after we received it),
-- recorded once (sql/080_timeliness.sql).
insert into audit_received_file (
    file_id, run_id, source_agency, source, file_name, sha256, size_bytes, modified_at, received_at, archive_path,
    status, processed_run_id, arrived_at
)
select
    nextval('seq_file_id'),
    $1,
    source_agency,
    source,
    file_name,
    sha256,
    size_bytes,
    make_timestamp(modified_at),
    make_timestamp($2),
    archive_path,
    'RECEIVED',
    null,
    make_timestamp(least(modified_at, $2))
from (
    select
        unnest($3::varchar[]) as source_agency,
        unnest($4::varchar[]) as source,
        unnest($5::varchar[]) as file_name,
        unnest($6::varchar[]) as sha256,
        unnest($7::bigint[]) as size_bytes,
        unnest($8::bigint[]) as modified_at,
        unnest($9::varchar[]) as archive_path,
        unnest(range(len($5::varchar[]))) as position
)
order by position;
