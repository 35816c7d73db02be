-- The partition requests of a cluster, in the shared PostgreSQL (not DuckDB): Spring Integration's JDBC channel
-- message store (its schema-postgresql.sql, the channel table only), plus the trigger it ships commented out, which
-- NOTIFYs the listening workers of every new request. Run by the manager and every worker at start, in one
-- transaction under an advisory lock, so that processes starting together do not race to create it.
select pg_advisory_xact_lock(7160016);

create sequence if not exists int_message_seq start with 1 increment by 1 no cycle;

create table if not exists int_channel_message (
    message_id char(36) not null,
    group_key char(36) not null,
    created_date bigint not null,
    message_priority bigint,
    message_sequence bigint not null default nextval('int_message_seq'),
    message_content bytea,
    region varchar(100) not null,
    constraint int_channel_message_pk primary key (region, group_key, created_date, message_sequence)
);
comment on table int_channel_message is
    'Validation partitions waiting for a worker (vtlt-warehouse): one serialized StepExecutionRequest a row, taken by a worker in the transaction that runs it';

create index if not exists int_channel_msg_delete_idx on int_channel_message (region, group_key, message_id);

create or replace function int_channel_message_notify_fct() returns trigger as $body$
begin
    perform pg_notify('int_channel_message_notify', new.region || ' ' || new.group_key);
    return new;
end;
$body$ language plpgsql;

create or replace trigger int_channel_message_notify_trg
    after insert on int_channel_message
    for each row execute procedure int_channel_message_notify_fct();
