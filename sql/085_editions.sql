-- Published editions of the review (review publish): the figures, breakdowns and sources of a review exactly as
-- published, kept for good, so that "where did 3,860 come from?" is answered years later (report --edition), and
-- the revisions since: what moved, by how much, and which submissions moved it (v_review_revisions).
-- Nothing here holds a person's name or ID: an edition keeps figures and the files they came from.

create table if not exists review_edition (
    edition       varchar primary key,
    from_year     integer not null,
    to_year       integer not null,
    published_on  date not null,
    title         varchar,
    frozen_at     timestamp not null
);
comment on table review_edition is 'A published edition of the review: frozen by review publish, never changed by an import.';
comment on column review_edition.edition is 'Number and symbol it was published under (số, ký hiệu), e.g. 1228/SNV-CCVTLT.';
comment on column review_edition.from_year is 'First year of the review.';
comment on column review_edition.to_year is 'Last year of the review.';
comment on column review_edition.published_on is 'Date it was published under (ngày ban hành).';
comment on column review_edition.title is 'Title it was published under; NULL for the standard title.';
comment on column review_edition.frozen_at is 'When it was frozen, UTC: the generation time printed by every regeneration.';

create table if not exists review_edition_figure (
    edition   varchar not null,
    figure    varchar not null,
    sort      integer not null,
    unit      varchar not null,
    label_vi  varchar not null,
    label_en  varchar not null,
    value     decimal(20, 2) not null,
    primary key (edition, figure)
);
comment on table review_edition_figure is 'The summary figures of an edition (review_figures as it was when published), with their wording then.';
comment on column review_edition_figure.edition is 'The edition (review_edition).';
comment on column review_edition_figure.figure is 'Figure id (ref_review_figure).';
comment on column review_edition_figure.sort is 'Order in the report.';
comment on column review_edition_figure.unit is 'PERSONS, PARTICIPATIONS, PERCENT or VND.';
comment on column review_edition_figure.label_vi is 'Wording in Vietnamese, as published.';
comment on column review_edition_figure.label_en is 'Wording in English, as published.';
comment on column review_edition_figure.value is 'The value published.';

create table if not exists review_edition_cell (
    edition    varchar not null,
    table_id   varchar not null,
    row_no     integer not null,
    column_no  integer not null,
    kind       varchar not null,
    number     decimal(38, 2),
    text_vi    varchar,
    text_en    varchar,
    primary key (edition, table_id, row_no, column_no)
);
comment on table review_edition_cell is 'Every cell of the breakdown tables of an edition (by year, by organiser, by funding source), as published.';
comment on column review_edition_cell.edition is 'The edition (review_edition).';
comment on column review_edition_cell.table_id is 'The breakdown: staffing, training, training_by_organiser or funding.';
comment on column review_edition_cell.row_no is 'Row, from 1.';
comment on column review_edition_cell.column_no is 'Column, from 1.';
comment on column review_edition_cell.kind is 'WHOLE (a count or VND), PERCENT, DECIMAL, TEXT (year) or LABEL (a coded value in both languages), or EMPTY.';
comment on column review_edition_cell.number is 'The number, for WHOLE, PERCENT and DECIMAL.';
comment on column review_edition_cell.text_vi is 'The text, for TEXT, and the Vietnamese wording for LABEL.';
comment on column review_edition_cell.text_en is 'The English wording, for LABEL.';

create table if not exists review_edition_source (
    edition        varchar not null,
    submission_id  bigint not null,
    agency_code    varchar not null,
    dataset        varchar not null,
    report_year    integer not null,
    file_name      varchar not null,
    sha256         varchar not null,
    run_id         bigint not null,
    received_at    timestamp not null,
    primary key (edition, submission_id)
);
comment on table review_edition_source is 'Which submission version (file, SHA-256, run) each fact of an edition came from.';
comment on column review_edition_source.edition is 'The edition (review_edition).';
comment on column review_edition_source.submission_id is 'The submission (audit_submission) that was current when the edition was frozen.';
comment on column review_edition_source.agency_code is 'Agency of the submission.';
comment on column review_edition_source.dataset is 'nhan-su or dao-tao.';
comment on column review_edition_source.report_year is 'Reporting year of the submission.';
comment on column review_edition_source.file_name is 'The file it was made from (the archived file has this SHA-256).';
comment on column review_edition_source.sha256 is 'SHA-256 of the file, hex.';
comment on column review_edition_source.run_id is 'The run that accepted it.';
comment on column review_edition_source.received_at is 'When the file was received, UTC.';

create table if not exists ref_review_figure_basis (
    figure   varchar primary key,
    dataset  varchar not null,
    years    varchar not null
);
comment on table ref_review_figure_basis is 'Which submissions a summary figure is computed from: a changed submission of that dataset and years moves it.';
comment on column ref_review_figure_basis.figure is 'Figure id (ref_review_figure).';
comment on column ref_review_figure_basis.dataset is 'nhan-su or dao-tao.';
comment on column ref_review_figure_basis.years is 'BEFORE (the year before the review), LAST (its last year) or PERIOD (any class of the review''s years).';

delete from ref_review_figure_basis;
insert into ref_review_figure_basis
select figure,
       case when figure like 'staff_%' then 'nhan-su' else 'dao-tao' end,
       case when figure like 'staff_before_%' then 'BEFORE' when figure like 'staff_after_%' then 'LAST' else 'PERIOD' end
from ref_review_figure;

-- The current submissions whose rows a review over from_year..to_year reads: rosters of the year before to the last
-- year, and the training files whose current version of a class starts in those years (its funding is in the same file).
create or replace macro review_sources(from_year, to_year) as table
with used as (
    select distinct submission_id from fact_staff where snapshot_year between from_year - 1 and to_year
    union
    select distinct submission_id from v_training_activity_current where class_year between from_year and to_year
)
select
    s.submission_id,
    s.agency_code,
    s.dataset,
    s.report_year,
    s.file_name,
    f.sha256,
    s.run_id,
    f.received_at
from used as u
join audit_submission as s using (submission_id)
join audit_received_file as f using (file_id);

create or replace view v_review_revisions as
with current_figures as (
    select e.edition, c.figure, c.value
    from review_edition as e,
    lateral (select * from review_figures(e.from_year, e.to_year)) as c
)
select
    p.edition,
    p.figure,
    p.value as published_value,
    coalesce(c.value, 0) as current_value,
    coalesce(c.value, 0) - p.value as difference
from review_edition_figure as p
left join current_figures as c using (edition, figure)
order by p.edition, p.sort;
comment on view v_review_revisions is 'Each figure of each published review edition against the current data (contract section 6).';
comment on column v_review_revisions.edition is 'The edition (review_edition).';
comment on column v_review_revisions.figure is 'Figure id (ref_review_figure).';
comment on column v_review_revisions.published_value is 'The value published in the edition.';
comment on column v_review_revisions.current_value is 'The value the current data gives for the same years.';
comment on column v_review_revisions.difference is 'current_value - published_value: zero when nothing moved the figure.';

-- The submissions that moved a figure of an edition: per key (agency, dataset, year) whose version read by the review
-- is not the one the edition read, the version now current (or, if none is now read, the one published, WITHDRAWN);
-- only for figures that moved, and only the keys the figure is computed from (ref_review_figure_basis).
create or replace macro review_revision_sources(edition_number) as table
with edition as (
    select * from review_edition where edition = edition_number
),
published as (
    select * exclude (edition) from review_edition_source where edition = edition_number
),
now_read as (
    select s.* from edition as e, lateral (select * from review_sources(e.from_year, e.to_year)) as s
),
changed as (
    select
        coalesce(n.agency_code, p.agency_code) as agency_code,
        coalesce(n.dataset, p.dataset) as dataset,
        coalesce(n.report_year, p.report_year) as report_year,
        case when n.submission_id is null then 'WITHDRAWN' when p.submission_id is null then 'NEW' else 'REPLACED' end as change,
        coalesce(n.file_name, p.file_name) as file_name,
        coalesce(n.sha256, p.sha256) as sha256,
        coalesce(n.run_id, p.run_id) as run_id,
        coalesce(n.received_at, p.received_at) as received_at
    from now_read as n
    full join published as p using (agency_code, dataset, report_year)
    where n.submission_id is distinct from p.submission_id
)
select
    r.figure,
    c.agency_code,
    c.dataset,
    c.report_year,
    c.change,
    c.file_name,
    c.sha256,
    c.run_id,
    c.received_at
from v_review_revisions as r
join ref_review_figure as f using (figure)
join ref_review_figure_basis as b using (figure)
cross join edition as e
join changed as c
    on c.dataset = b.dataset
    and (b.years = 'PERIOD'
         or (b.years = 'BEFORE' and c.report_year = e.from_year - 1)
         or (b.years = 'LAST' and c.report_year = e.to_year))
where r.edition = edition_number
  and r.difference <> 0
order by f.sort, c.agency_code, c.dataset, c.report_year, c.file_name;
