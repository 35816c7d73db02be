-- Views for analysts. The four v_*_summary / v_submission_status views are the contract (section 6):
-- their names and columns do not change.

create or replace view v_training_activity_current as
with ranked as (
    select
        a.*,
        row_number() over (partition by organiser_code, class_code order by report_year desc) as report_rank
    from fact_training_activity as a
)
select * exclude (report_rank)
from ranked
where report_rank = 1;
comment on view v_training_activity_current is 'Each class once: the version from the latest reporting year that reported it.';

create or replace view v_participation_current as
with latest_list as (
    select organiser_code, class_code, max(report_year) as report_year
    from fact_participation
    group by all
)
select p.*
from fact_participation as p
join latest_list using (organiser_code, class_code, report_year);
comment on view v_participation_current is 'Each class''s participant list from the latest reporting year that gave one.';

-- The staffing figures are counted over every person of every roster (distinct persons city-wide), too slow to
-- count on each query of a large warehouse: the import counts them once per run, at its end, into
-- agg_staffing_summary (sql/run/refresh_summaries.sql), and the view reads that table.
--
-- Counting distinct persons holds one entry per person in DuckDB's memory (spilled to its temporary folder beyond
-- memory_limit): keyed by the 64-character text, an entry needed four times the memory of the key's 32 bytes, and a
-- warehouse whose rosters had just loaded within vtlt.duckdb.memory-limit and max-temp-size could not be counted
-- (issue 15: the run failed after its last file was loaded). The counts group by small numbers, never by text: the
-- groups by their number and the persons by the first 128 bits of their key, as two 64-bit parts. Truncating an HMAC
-- to half its length is what RFC 2104 (section 5) allows; two of a million persons share them with a probability
-- below 10^-26.
create or replace macro person_key_part(person_key, part) as ('0x' || substr(person_key, 16 * part + 1, 16))::ubigint;

create or replace macro staffing_summary_now() as table
with staff as (
    select
        snapshot_year,
        person_key_part(person_key, 0) as k0,
        person_key_part(person_key, 1) as k1,
        bool_or(s.is_vtlt_major and e.rank >= 1) as is_qualified
    from fact_staff as s
    join dim_education_level as e using (education_level)
    group by all
),
counted as (
    select
        snapshot_year,
        count(*) as total_staff,
        count(*) filter (where is_qualified) as vtlt_qualified
    from staff
    group by all
)
select
    snapshot_year,
    total_staff,
    vtlt_qualified,
    cast(round(100.0 * vtlt_qualified / total_staff, 2) as decimal(5, 2)) as qualified_pct
from counted;

create table if not exists agg_staffing_summary (
    snapshot_year   integer,
    total_staff     bigint,
    vtlt_qualified  bigint,
    qualified_pct   decimal(5, 2)
);
comment on table agg_staffing_summary is 'v_staffing_summary as counted at the end of the last import run (the view reads it).';
comment on column agg_staffing_summary.snapshot_year is 'The year (31/12).';
comment on column agg_staffing_summary.total_staff is 'Distinct persons.';
comment on column agg_staffing_summary.vtlt_qualified is 'Of whom VTLT-qualified.';
comment on column agg_staffing_summary.qualified_pct is 'vtlt_qualified / total_staff in %, 2 decimals.';
-- a warehouse made before the table existed gets it filled once
insert into agg_staffing_summary
select * from staffing_summary_now()
where not exists (select 1 from agg_staffing_summary);

-- The same figures by district and by agency type, with the classes each group organised, for the analysts' pages
-- (the inspector's questions: which districts are below the city's share, which trained nobody). Counted once per
-- run like the city's figures (a page of the portal must answer in milliseconds on a warehouse of millions of staff
-- rows). A person counts once within a group; an agency belongs to the district and type of its version in force on
-- 31/12 of the year; agencies without a district are the city level.
create or replace macro staffing_by_group_now() as table
with version_on as (
    select
        y.snapshot_year as year,
        a.agency_code,
        coalesce(a.district, 'Cấp Thành phố | City level') as district_label,
        t.name_vi || ' | ' || t.name_en as agency_type_label
    from agg_staffing_summary as y
    join dim_agency as a
        on (a.valid_from is null or a.valid_from <= make_date(y.snapshot_year, 12, 31))
        and (a.valid_to is null or a.valid_to >= make_date(y.snapshot_year, 12, 31))
    join dim_agency_type as t using (agency_type)
    where a.superseded_at is null
    qualify row_number() over (partition by y.snapshot_year, a.agency_code order by a.valid_from desc nulls last) = 1
),
grouped as (
    select year, 'district' as breakdown, district_label as group_label, agency_code from version_on
    union all
    select year, 'agency_type', agency_type_label, agency_code from version_on
),
-- each group by a small number while its persons are counted (see person_key_part)
numbered as (
    select *, dense_rank() over (order by breakdown, group_label) as group_no
    from grouped
),
staff as (
    select
        g.year,
        g.group_no,
        person_key_part(s.person_key, 0) as k0,
        person_key_part(s.person_key, 1) as k1,
        bool_or(s.is_vtlt_major and e.rank >= 1) as is_qualified
    from fact_staff as s
    join dim_education_level as e using (education_level)
    join numbered as g on g.year = s.snapshot_year and g.agency_code = s.agency_code
    group by all
),
staff_counted as (
    select n.year, n.breakdown, n.group_label, c.total_staff, c.vtlt_qualified
    from (
        select year, group_no, count(*) as total_staff, count(*) filter (where is_qualified) as vtlt_qualified
        from staff
        group by all
    ) as c
    join (select distinct year, group_no, breakdown, group_label from numbered) as n using (year, group_no)
),
training as (
    select g.year, g.breakdown, g.group_label, sum(a.class_count) as classes, sum(a.participations) as participations
    from v_training_activity_current as a
    join grouped as g on g.year = a.class_year and g.agency_code = a.organiser_code
    group by all
)
select
    g.year as snapshot_year,
    g.breakdown,
    g.group_label,
    coalesce(s.total_staff, 0) as total_staff,
    coalesce(s.vtlt_qualified, 0) as vtlt_qualified,
    coalesce(t.classes, 0) as classes_organised,
    coalesce(t.participations, 0) as participations
from (select distinct year, breakdown, group_label from grouped) as g
left join staff_counted as s using (year, breakdown, group_label)
left join training as t using (year, breakdown, group_label);

create table if not exists agg_staffing_by_group (
    snapshot_year      integer,
    breakdown          varchar,
    group_label        varchar,
    total_staff        bigint,
    vtlt_qualified     bigint,
    classes_organised  bigint,
    participations     bigint
);
comment on table agg_staffing_by_group is 'Staff on 31/12 and training organised, by district and by agency type, as counted at the end of the last import run (staffing_by_group_now()).';
comment on column agg_staffing_by_group.snapshot_year is 'The year (31/12; classes by the year they started).';
comment on column agg_staffing_by_group.breakdown is 'district or agency_type.';
comment on column agg_staffing_by_group.group_label is 'The district (Cấp Thành phố | City level for agencies without one) or the agency type, "Vietnamese | English".';
comment on column agg_staffing_by_group.total_staff is 'Distinct persons within the group.';
comment on column agg_staffing_by_group.vtlt_qualified is 'Of whom VTLT-qualified (VTLT speciality at Sơ cấp or above).';
comment on column agg_staffing_by_group.classes_organised is 'Classes the group''s agencies organised that year (0: none).';
comment on column agg_staffing_by_group.participations is 'Their participations (lượt).';
-- a warehouse made before the table existed gets it filled once
insert into agg_staffing_by_group
select * from staffing_by_group_now()
where not exists (select 1 from agg_staffing_by_group);

create or replace view v_staffing_summary as
select snapshot_year, total_staff, vtlt_qualified, qualified_pct
from agg_staffing_summary
order by snapshot_year;
comment on view v_staffing_summary is 'City-wide staff doing VTLT work on 31/12 of each year, and how many hold a VTLT speciality at Sơ cấp or above. A person in two agencies counts once.';
comment on column v_staffing_summary.snapshot_year is 'The year (31/12).';
comment on column v_staffing_summary.total_staff is 'Distinct persons.';
comment on column v_staffing_summary.vtlt_qualified is 'Of whom VTLT-qualified (VTLT speciality at Sơ cấp or above).';
comment on column v_staffing_summary.qualified_pct is 'vtlt_qualified / total_staff in %, 2 decimals.';

create or replace view v_training_summary as
select
    class_year as year,
    category,
    case when category in ('DAO_TAO', 'BOI_DUONG') then level end as level,
    cast(sum(class_count) as bigint) as classes,
    cast(sum(participations) as bigint) as participations
from v_training_activity_current
group by all
order by year, category, level;
comment on view v_training_summary is 'Training activities by the year of their start date, category and level.';
comment on column v_training_summary.year is 'Year of the start date.';
comment on column v_training_summary.category is 'DAO_TAO, BOI_DUONG, TAP_HUAN or HOI_NGHI.';
comment on column v_training_summary.level is 'DAI_HOC, CAO_DANG, TRUNG_CAP, SO_CAP, NGHIEP_VU, or NULL for TAP_HUAN and HOI_NGHI.';
comment on column v_training_summary.classes is 'Number of classes (sum of số lớp).';
comment on column v_training_summary.participations is 'Participations (lượt).';

create or replace view v_funding_summary as
select
    f.class_year as year,
    f.funding_source,
    cast(sum(f.amount_vnd) as bigint) as amount_vnd
from fact_training_funding as f
join v_training_activity_current as a
    on a.organiser_code = f.organiser_code
    and a.class_code = f.class_code
    and a.report_year = f.report_year
group by all
order by year, funding_source;
comment on view v_funding_summary is 'Training funding by the year of the classes'' start date and by source.';
comment on column v_funding_summary.year is 'Year of the start date.';
comment on column v_funding_summary.funding_source is 'CITY, DISTRICT, AGENCY or PERSONAL.';
comment on column v_funding_summary.amount_vnd is 'Amount in VND.';

create or replace view v_submission_status as
with agency_year as (
    -- agencies active in a year: a version in force on some day of it
    select distinct a.agency_code, y.year
    from dim_agency as a
    join (select distinct report_year as year from audit_submission where report_year is not null) as y
        on (a.valid_from is null or a.valid_from <= make_date(y.year, 12, 31))
        and (a.valid_to is null or a.valid_to >= make_date(y.year, 1, 1))
    where a.superseded_at is null
),
received as (
    select
        s.agency_code,
        s.dataset,
        s.report_year as year,
        bool_or(s.is_current) as has_current,
        max(f.received_at) as received_at
    from audit_submission as s
    join audit_received_file as f using (file_id)
    where s.dataset is not null
    group by all
),
latest_outcome as (
    -- the current version, else the latest file received
    select agency_code, dataset, report_year as year, rows_loaded, rows_rejected
    from audit_submission
    where dataset is not null
    qualify row_number() over (
        partition by agency_code, dataset, report_year
        order by is_current desc, modified_at desc, file_name desc, submission_id desc) = 1
),
keys as (
    select r.agency_code, r.dataset, r.year
    from received as r
    join agency_year as ay on ay.agency_code = r.agency_code and ay.year = r.year
    union
    select agency_code, 'nhan-su', year
    from agency_year
)
select
    k.agency_code,
    k.dataset,
    k.year,
    case
        when r.has_current then 'ACCEPTED'
        when r.agency_code is not null then 'REJECTED'
        else 'MISSING'
    end as status,
    r.received_at,
    coalesce(o.rows_loaded, 0) as rows_loaded,
    coalesce(o.rows_rejected, 0) as rows_rejected
from keys as k
left join received as r using (agency_code, dataset, year)
left join latest_outcome as o using (agency_code, dataset, year)
order by k.year, k.agency_code, k.dataset;
comment on view v_submission_status is 'One row per agency active in the year and dataset received, plus one per active agency without nhan-su for a year the warehouse holds.';
comment on column v_submission_status.agency_code is 'Registry code.';
comment on column v_submission_status.dataset is 'nhan-su, dao-tao or hoc-vien.';
comment on column v_submission_status.year is 'Reporting year.';
comment on column v_submission_status.status is 'ACCEPTED (a version is current, even if later files were rejected), REJECTED (files received, none accepted), MISSING (nothing received).';
comment on column v_submission_status.received_at is 'When the latest file of the key was received; NULL when MISSING.';
comment on column v_submission_status.rows_loaded is 'Rows loaded from the current version (or the latest file when none is current).';
comment on column v_submission_status.rows_rejected is 'Rows with errors in that version.';

-- The agencies that owe one dataset in one year (v_submission_status), each with its status and the version of the
-- agency in force that year (the latest that overlaps it): its name, district (city-level agencies have none) and
-- type. The analysts' completeness page counts them and lists them (sql/portal/analyst/completeness*.sql).
create or replace macro owed_in_year(y, d) as table
with version_in_year as (
    select
        a.agency_code,
        a.agency_name,
        a.agency_type,
        coalesce(a.district, 'Cấp Thành phố | City level') as district_label
    from dim_agency as a
    where a.superseded_at is null
      and (a.valid_from is null or a.valid_from <= make_date(y, 12, 31))
      and (a.valid_to is null or a.valid_to >= make_date(y, 1, 1))
    qualify row_number() over (partition by a.agency_code order by a.valid_from desc nulls last) = 1
)
select
    s.agency_code,
    s.status,
    s.received_at,
    v.agency_name,
    v.agency_type,
    v.district_label
from v_submission_status as s
join version_in_year as v using (agency_code)
where s.year = y
  and s.dataset = d;
