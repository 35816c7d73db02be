-- Facts. Each row belongs to the current accepted submission it came from; a newer accepted version of the
-- same key deletes the older version's rows in the same transaction, so no row is ever counted twice.

create table if not exists fact_staff (
    submission_id     bigint not null,
    snapshot_year     integer not null,
    agency_key        bigint not null,
    agency_code       varchar not null,
    person_key        varchar not null,
    birth_year        integer,
    gender            varchar,
    job_position      varchar not null,
    employment        varchar not null,
    education_level   varchar not null,
    major             varchar,
    is_vtlt_major     boolean not null,
    line_no           integer not null
);
comment on table fact_staff is 'Staff doing VTLT work on 31/12 of snapshot_year: one row per person and agency (nhan-su).';
comment on column fact_staff.submission_id is 'The submission the row came from (audit_submission).';
comment on column fact_staff.snapshot_year is 'The year; the row describes 31/12 of it.';
comment on column fact_staff.agency_key is 'The agency version in force on 31/12 (dim_agency).';
comment on column fact_staff.agency_code is 'The agency''s registry code.';
comment on column fact_staff.person_key is 'HMAC-SHA-256 of the person ID (hex), keyed from configuration: the same person has the same key in every file; the ID cannot be read back.';
comment on column fact_staff.birth_year is 'Year of birth, if given.';
comment on column fact_staff.gender is 'dim_gender code, if given.';
comment on column fact_staff.job_position is 'dim_job_position code.';
comment on column fact_staff.employment is 'dim_employment code.';
comment on column fact_staff.education_level is 'dim_education_level code.';
comment on column fact_staff.major is 'The major as written (NFC); NULL for the untrained.';
comment on column fact_staff.is_vtlt_major is 'True when the major is a VTLT speciality (dim_vtlt_speciality).';
comment on column fact_staff.line_no is 'Line in the submitted file.';

create table if not exists fact_training_activity (
    submission_id      bigint not null,
    report_year        integer not null,
    organiser_key      bigint not null,
    organiser_code     varchar not null,
    class_code         varchar not null,
    class_name         varchar not null,
    category           varchar not null,
    level              varchar,
    topic              varchar,
    provider_key       bigint,
    start_date_key     integer not null,
    end_date_key       integer not null,
    class_year         integer not null,
    class_count        integer not null,
    participations     integer not null,
    note               varchar,
    line_no            integer not null
);
comment on table fact_training_activity is 'Training activities (dao-tao) as each reporting year''s file gives them; a class reported again in a later year keeps its identity (organiser_code, class_code) and the latest report wins (v_training_activity_current).';
comment on column fact_training_activity.submission_id is 'The submission the row came from.';
comment on column fact_training_activity.report_year is 'The reporting year of the file.';
comment on column fact_training_activity.organiser_key is 'The organising agency version (dim_agency) in force on 31/12 of report_year.';
comment on column fact_training_activity.organiser_code is 'The organising agency''s registry code.';
comment on column fact_training_activity.class_code is 'The class code, unique per organiser.';
comment on column fact_training_activity.class_name is 'Name of the class.';
comment on column fact_training_activity.category is 'dim_training_category code.';
comment on column fact_training_activity.level is 'dim_training_level code for DAO_TAO and BOI_DUONG; NULL otherwise.';
comment on column fact_training_activity.topic is 'Topic (chuyên đề), as written.';
comment on column fact_training_activity.provider_key is 'The school or institute (dim_provider), if given.';
comment on column fact_training_activity.start_date_key is 'First day (dim_date).';
comment on column fact_training_activity.end_date_key is 'Last day (dim_date).';
comment on column fact_training_activity.class_year is 'Year of the start date: the year the class counts in.';
comment on column fact_training_activity.class_count is 'Number of classes the row stands for (số lớp).';
comment on column fact_training_activity.participations is 'Participations (lượt): person-times, not distinct persons.';
comment on column fact_training_activity.note is 'Note, as written.';
comment on column fact_training_activity.line_no is 'Line in the submitted file.';

create table if not exists fact_training_funding (
    submission_id   bigint not null,
    report_year     integer not null,
    organiser_code  varchar not null,
    class_code      varchar not null,
    class_year      integer not null,
    funding_source  varchar not null,
    amount_vnd      bigint not null
);
comment on table fact_training_funding is 'Funding of each training activity by source, one row per activity and non-zero source.';
comment on column fact_training_funding.submission_id is 'The submission the row came from.';
comment on column fact_training_funding.report_year is 'The reporting year of the file.';
comment on column fact_training_funding.organiser_code is 'The organising agency''s code.';
comment on column fact_training_funding.class_code is 'The class code.';
comment on column fact_training_funding.class_year is 'Year of the class''s start date.';
comment on column fact_training_funding.funding_source is 'dim_funding_source code.';
comment on column fact_training_funding.amount_vnd is 'Amount in VND.';

create table if not exists fact_participation (
    submission_id            bigint not null,
    report_year              integer not null,
    organiser_code           varchar not null,
    class_code               varchar not null,
    participant_agency_key   bigint not null,
    participant_agency_code  varchar not null,
    person_key               varchar not null,
    result                   varchar,
    line_no                  integer not null
);
comment on table fact_participation is 'Named participations (hoc-vien): one row per person and class.';
comment on column fact_participation.submission_id is 'The submission the row came from.';
comment on column fact_participation.report_year is 'The reporting year of the file.';
comment on column fact_participation.organiser_code is 'The organising agency''s code.';
comment on column fact_participation.class_code is 'The class code.';
comment on column fact_participation.participant_agency_key is 'Where the participant works (dim_agency version in force on 31/12 of report_year).';
comment on column fact_participation.participant_agency_code is 'Where the participant works (registry code).';
comment on column fact_participation.person_key is 'HMAC-SHA-256 of the person ID (hex), as in fact_staff.';
comment on column fact_participation.result is 'dim_participation_result code, if given.';
comment on column fact_participation.line_no is 'Line in the submitted file.';
