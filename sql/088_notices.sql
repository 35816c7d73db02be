-- Notices by e-mail (contract section 9): where they go and what was sent, so that none is sent twice however
-- often the import runs or restarts.

create table if not exists agency_email (
    agency_code  varchar not null,
    address      varchar not null
);
comment on table agency_email is 'The addresses notices go to, from the registry''s optional email column (its latest version of each agency); the only recipients of notices. An agency without one is unreachable.';
comment on column agency_email.agency_code is 'Registry code.';
comment on column agency_email.address is 'One e-mail address.';

create table if not exists notice (
    agency_code  varchar not null,
    notice_key   varchar not null,
    kind         varchar not null,
    dataset      varchar,
    report_year  integer,
    run_id       bigint,
    deadline     date,
    due_on       date not null,
    message_id   varchar not null,
    status       varchar not null,
    attempts     integer not null,
    last_error   varchar,
    created_at   timestamp not null,
    sent_at      timestamp,
    primary key (agency_code, notice_key)
);
comment on table notice is 'Each notice due to an agency, recorded before it is sent: one per agency and notice_key, never sent twice. A PENDING notice is (re)tried by every run until its mail server takes it.';
comment on column notice.agency_code is 'The agency it goes to.';
comment on column notice.notice_key is 'What it is, unique per agency: FEEDBACK run-12, REMINDER nhan-su 2016 3d (3 days before), LATE nhan-su 2016 #0 (the first lateness notice, #1 a week later...).';
comment on column notice.kind is 'FEEDBACK (the run''s feedback file), REMINDER (before a deadline) or LATE (after it).';
comment on column notice.dataset is 'The key''s dataset (REMINDER, LATE).';
comment on column notice.report_year is 'The key''s reporting year (REMINDER, LATE).';
comment on column notice.run_id is 'The run whose feedback it carries (FEEDBACK).';
comment on column notice.deadline is 'The key''s deadline (REMINDER, LATE).';
comment on column notice.due_on is 'The calendar day (Ho Chi Minh City) the notice became due.';
comment on column notice.message_id is 'The Message-ID of the e-mail, fixed before the first attempt.';
comment on column notice.status is 'PENDING (not yet taken by the mail server), SENT, or CANCELLED (a reminder or lateness notice whose key was accepted before it could be sent).';
comment on column notice.attempts is 'Attempts to send it.';
comment on column notice.last_error is 'Why the last attempt failed (the mail server''s answer); NULL once sent.';
comment on column notice.created_at is 'When it was recorded, UTC.';
comment on column notice.sent_at is 'When the mail server took it, UTC.';
