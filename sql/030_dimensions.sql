-- Conformed dimensions. Small coded dimensions are keyed by their code; the agency by a surrogate key (type 2).

create sequence if not exists seq_agency_key start 1;

create table if not exists dim_agency (
    agency_key     bigint primary key,
    agency_code    varchar not null,
    agency_name    varchar not null,
    agency_type    varchar not null,
    district       varchar,
    parent_code    varchar,
    source         varchar,
    valid_from     date,
    valid_to       date,
    recorded_at    timestamp not null,
    superseded_at  timestamp
);
comment on table dim_agency is 'The source agencies and the Sub-department, slowly changing type 2: one row per version. A version is (agency_code, valid_from) from the registry; a corrected version is kept with superseded_at set.';
comment on column dim_agency.agency_key is 'Surrogate key of the version.';
comment on column dim_agency.agency_code is 'Registry code (letters, digits, -).';
comment on column dim_agency.agency_name is 'Name in this version.';
comment on column dim_agency.agency_type is 'SO_NGANH, QUAN_HUYEN, PHUONG_XA, DON_VI_SU_NGHIEP, DOANH_NGHIEP or CHI_CUC (dim_agency_type).';
comment on column dim_agency.district is 'District (quận/huyện) as given by the registry.';
comment on column dim_agency.parent_code is 'Code of the parent agency in this version.';
comment on column dim_agency.source is 'Where its submissions come from: NULL for its inbox folder, else an HTTP(S) URL.';
comment on column dim_agency.valid_from is 'First day of this version; NULL = since always.';
comment on column dim_agency.valid_to is 'Last day of this version; NULL = still valid.';
comment on column dim_agency.recorded_at is 'When the registry first gave this version, UTC.';
comment on column dim_agency.superseded_at is 'When a later registry corrected this version; NULL for versions in force.';

create table if not exists dim_agency_type (
    agency_type  varchar primary key,
    name_vi      varchar not null,
    name_en      varchar not null
);
comment on table dim_agency_type is 'Kinds of agency in the registry.';
comment on column dim_agency_type.agency_type is 'Code used in the registry.';
comment on column dim_agency_type.name_vi is 'Vietnamese name.';
comment on column dim_agency_type.name_en is 'English name.';

create table if not exists dim_date (
    date_key  integer primary key,
    date      date not null,
    year      integer not null,
    quarter   integer not null,
    month     integer not null,
    day       integer not null
);
comment on table dim_date is 'Calendar days 2000-2040, keyed yyyymmdd.';
comment on column dim_date.date_key is 'yyyymmdd.';
comment on column dim_date.date is 'The day.';
comment on column dim_date.year is 'Calendar year.';
comment on column dim_date.quarter is 'Quarter 1-4.';
comment on column dim_date.month is 'Month 1-12.';
comment on column dim_date.day is 'Day of the month.';

create table if not exists dim_education_level (
    education_level  varchar primary key,
    rank             integer not null,
    name_vi          varchar not null,
    name_en          varchar not null
);
comment on table dim_education_level is 'Highest education level (trình độ) of a staff member.';
comment on column dim_education_level.education_level is 'Code: TREN_DAI_HOC, DAI_HOC, CAO_DANG, TRUNG_CAP, SO_CAP, CHUA_QUA_DAO_TAO.';
comment on column dim_education_level.rank is 'Order of levels; Sơ cấp is 1, untrained 0. VTLT-qualified means rank >= 1 in a VTLT speciality.';
comment on column dim_education_level.name_vi is 'Vietnamese name.';
comment on column dim_education_level.name_en is 'English name.';

create table if not exists dim_job_position (
    job_position  varchar primary key,
    name_vi       varchar not null,
    name_en       varchar not null
);
comment on table dim_job_position is 'Job position (vị trí việc làm) in VTLT work.';
comment on column dim_job_position.job_position is 'Code: VAN_THU, LUU_TRU, VAN_THU_LUU_TRU, LANH_DAO_PHU_TRACH.';
comment on column dim_job_position.name_vi is 'Vietnamese name.';
comment on column dim_job_position.name_en is 'English name.';

create table if not exists dim_employment (
    employment  varchar primary key,
    name_vi     varchar not null,
    name_en     varchar not null
);
comment on table dim_employment is 'Whether VTLT is the person''s whole job (chế độ).';
comment on column dim_employment.employment is 'Code: CHUYEN_TRACH (full-time), KIEM_NHIEM (concurrent).';
comment on column dim_employment.name_vi is 'Vietnamese name.';
comment on column dim_employment.name_en is 'English name.';

create table if not exists dim_gender (
    gender   varchar primary key,
    name_vi  varchar not null,
    name_en  varchar not null
);
comment on table dim_gender is 'Gender as reported.';
comment on column dim_gender.gender is 'Code: NAM, NU.';
comment on column dim_gender.name_vi is 'Vietnamese name.';
comment on column dim_gender.name_en is 'English name.';

create table if not exists dim_vtlt_speciality (
    major_key  varchar primary key,
    major      varchar not null
);
comment on table dim_vtlt_speciality is 'The majors (chuyên ngành) that count as a VTLT speciality; any other major does not.';
comment on column dim_vtlt_speciality.major_key is 'fold_key(major): how a reported major is matched.';
comment on column dim_vtlt_speciality.major is 'The major as the Ministry names it.';

create table if not exists dim_training_category (
    category  varchar primary key,
    name_vi   varchar not null,
    name_en   varchar not null
);
comment on table dim_training_category is 'Kind of training activity (loại hình).';
comment on column dim_training_category.category is 'Code: DAO_TAO, BOI_DUONG, TAP_HUAN, HOI_NGHI.';
comment on column dim_training_category.name_vi is 'Vietnamese name.';
comment on column dim_training_category.name_en is 'English name.';

create table if not exists dim_training_level (
    level     varchar primary key,
    category  varchar not null,
    name_vi   varchar not null,
    name_en   varchar not null
);
comment on table dim_training_level is 'Level of a degree (Đào tạo) or refresher (Bồi dưỡng) activity, and the category it belongs to.';
comment on column dim_training_level.level is 'Code: DAI_HOC, CAO_DANG, TRUNG_CAP (degree); SO_CAP, NGHIEP_VU (refresher).';
comment on column dim_training_level.category is 'The only category the level is valid for.';
comment on column dim_training_level.name_vi is 'Vietnamese name.';
comment on column dim_training_level.name_en is 'English name.';

create table if not exists dim_participation_result (
    result   varchar primary key,
    name_vi  varchar not null,
    name_en  varchar not null
);
comment on table dim_participation_result is 'Outcome of a participation.';
comment on column dim_participation_result.result is 'Code: HOAN_THANH, KHONG_HOAN_THANH, DANG_HOC.';
comment on column dim_participation_result.name_vi is 'Vietnamese name.';
comment on column dim_participation_result.name_en is 'English name.';

create table if not exists dim_funding_source (
    funding_source  varchar primary key,
    name_vi         varchar not null,
    name_en         varchar not null,
    is_public       boolean not null
);
comment on table dim_funding_source is 'Who paid for training.';
comment on column dim_funding_source.funding_source is 'Code: CITY, DISTRICT, AGENCY, PERSONAL.';
comment on column dim_funding_source.name_vi is 'Vietnamese name.';
comment on column dim_funding_source.name_en is 'English name.';
comment on column dim_funding_source.is_public is 'True for the city budget and agencies (the report''s "ngân sách Thành phố và các cơ quan"); false for the learners'' own money.';

create sequence if not exists seq_provider_key start 1;

create table if not exists dim_provider (
    provider_key   bigint primary key,
    provider_name  varchar not null,
    name_key       varchar not null unique
);
comment on table dim_provider is 'Schools and institutes that ran training, one row per name as matched by fold_key.';
comment on column dim_provider.provider_key is 'Surrogate key.';
comment on column dim_provider.provider_name is 'The name as first reported.';
comment on column dim_provider.name_key is 'fold_key(provider_name).';

create table if not exists ref_alias (
    domain     varchar not null,
    alias      varchar not null,
    alias_key  varchar not null,
    code       varchar not null,
    primary key (domain, alias_key)
);
comment on table ref_alias is 'How the words agencies write map to codes: every accepted spelling and abbreviation of every coded column.';
comment on column ref_alias.domain is 'The coded column: education_level, job_position, employment, gender, category, level, result.';
comment on column ref_alias.alias is 'An accepted spelling, as written.';
comment on column ref_alias.alias_key is 'fold_key(alias): values are matched on it.';
comment on column ref_alias.code is 'The code it means (the dimension''s key).';

create table if not exists ref_fault (
    fault_code  varchar primary key,
    scope       varchar not null,
    message_vi  varchar not null,
    message_en  varchar not null
);
comment on table ref_fault is 'Every fault and warning the import reports, in Vietnamese and English, as the feedback files show them.';
comment on column ref_fault.fault_code is 'Stable code.';
comment on column ref_fault.scope is 'FILE (rejects the whole file), ROW (the row), WARNING (reported, loaded) or SOURCE (while pulling).';
comment on column ref_fault.message_vi is 'Message in Vietnamese.';
comment on column ref_fault.message_en is 'Message in English.';
