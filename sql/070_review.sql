-- The annual review statistics (report 1228/SNV-CCVTLT and its successors), computed from the contract views only.
-- Analysts can call them too: select * from review_figures(2014, 2016).

create or replace view v_training_by_organiser_type as
select
    a.class_year as year,
    t.agency_type as organiser_type,
    a.category,
    case when a.category in ('DAO_TAO', 'BOI_DUONG') then a.level end as level,
    cast(sum(a.class_count) as bigint) as classes,
    cast(sum(a.participations) as bigint) as participations
from v_training_activity_current as a
join dim_agency as g on g.agency_key = a.organiser_key
join dim_agency_type as t on t.agency_type = g.agency_type
group by all
order by all;
comment on view v_training_by_organiser_type is 'v_training_summary broken down by the kind of organiser (city, departments, districts...).';
comment on column v_training_by_organiser_type.year is 'Year of the start date.';
comment on column v_training_by_organiser_type.organiser_type is 'dim_agency_type of the organiser (CHI_CUC = the city''s own classes).';
comment on column v_training_by_organiser_type.category is 'DAO_TAO, BOI_DUONG, TAP_HUAN or HOI_NGHI.';
comment on column v_training_by_organiser_type.level is 'Level for DAO_TAO and BOI_DUONG, else NULL.';
comment on column v_training_by_organiser_type.classes is 'Number of classes.';
comment on column v_training_by_organiser_type.participations is 'Participations (lượt).';

create table if not exists ref_review_figure (
    figure    varchar primary key,
    sort      integer not null,
    unit      varchar not null,
    label_vi  varchar not null,
    label_en  varchar not null
);
comment on table ref_review_figure is 'The figures of the review''s summary table, their order and wording.';
comment on column ref_review_figure.figure is 'Stable id, as in files of published figures (report --compare).';
comment on column ref_review_figure.sort is 'Order in the report.';
comment on column ref_review_figure.unit is 'PERSONS, PARTICIPATIONS, PERCENT or VND.';
comment on column ref_review_figure.label_vi is 'Wording in Vietnamese.';
comment on column ref_review_figure.label_en is 'Wording in English.';

delete from ref_review_figure;
insert into ref_review_figure values
    ('staff_before_total',         1, 'PERSONS',        'Tổng số CB.CC.VC làm công tác VTLT trước Đề án (31/12 năm trước kỳ)', 'Staff doing VTLT work before (31/12 of the year before)'),
    ('staff_before_qualified',     2, 'PERSONS',        'trong đó có trình độ chuyên ngành VTLT',                              'of whom VTLT-qualified'),
    ('staff_before_qualified_pct', 3, 'PERCENT',        'tỷ lệ',                                                              'share'),
    ('staff_after_total',          4, 'PERSONS',        'Tổng số CB.CC.VC làm công tác VTLT cuối kỳ (31/12)',                  'Staff doing VTLT work at the end (31/12)'),
    ('staff_after_qualified',      5, 'PERSONS',        'trong đó có trình độ chuyên ngành VTLT',                              'of whom VTLT-qualified'),
    ('staff_after_qualified_pct',  6, 'PERCENT',        'tỷ lệ',                                                              'share'),
    ('degree_university',          7, 'PARTICIPATIONS', 'Đào tạo: Đại học',                                                    'Degree training: university'),
    ('degree_college',             8, 'PARTICIPATIONS', 'Đào tạo: Cao đẳng',                                                   'Degree training: college'),
    ('degree_intermediate',        9, 'PARTICIPATIONS', 'Đào tạo: Trung cấp',                                                  'Degree training: intermediate'),
    ('refresher_elementary',      10, 'PARTICIPATIONS', 'Bồi dưỡng: Sơ cấp (lượt)',                                            'Refresher: elementary (participations)'),
    ('refresher_skills',          11, 'PARTICIPATIONS', 'Bồi dưỡng nghiệp vụ (lượt)',                                          'Refresher: professional skills (participations)'),
    ('training_sessions',         12, 'PARTICIPATIONS', 'Tập huấn (lượt)',                                                     'Training sessions (participations)'),
    ('conferences',               13, 'PARTICIPATIONS', 'Hội nghị phổ biến văn bản (lượt, ngoài số tập huấn)',                 'Conferences (participations, not in the sessions)'),
    ('funding_public_vnd',        14, 'VND',            'Kinh phí từ ngân sách Thành phố và các cơ quan, tổ chức (đồng)',      'Funding from the city budget and agencies (VND)');

-- The summary figures of a review over years from_year..to_year: staff on 31/12 of the year before and of the last
-- year, participations by kind of training, and public funding (learners' own payments excluded).
create or replace macro review_figures(from_year, to_year) as table
with before as (
    select * from v_staffing_summary where snapshot_year = from_year - 1
),
after as (
    select * from v_staffing_summary where snapshot_year = to_year
),
training as (
    select category, level, sum(participations) as participations
    from v_training_summary
    where year between from_year and to_year
    group by all
),
public_funding as (
    select sum(f.amount_vnd) as amount_vnd
    from v_funding_summary as f
    join dim_funding_source as s using (funding_source)
    where f.year between from_year and to_year and s.is_public
),
figures as (
    select 'staff_before_total' as figure, (select total_staff from before)::decimal(20, 2) as value
    union all select 'staff_before_qualified', (select vtlt_qualified from before)
    union all select 'staff_before_qualified_pct', (select qualified_pct from before)
    union all select 'staff_after_total', (select total_staff from after)
    union all select 'staff_after_qualified', (select vtlt_qualified from after)
    union all select 'staff_after_qualified_pct', (select qualified_pct from after)
    union all select 'degree_university', (select coalesce(sum(participations), 0) from training where category = 'DAO_TAO' and level = 'DAI_HOC')
    union all select 'degree_college', (select coalesce(sum(participations), 0) from training where category = 'DAO_TAO' and level = 'CAO_DANG')
    union all select 'degree_intermediate', (select coalesce(sum(participations), 0) from training where category = 'DAO_TAO' and level = 'TRUNG_CAP')
    union all select 'refresher_elementary', (select coalesce(sum(participations), 0) from training where category = 'BOI_DUONG' and level = 'SO_CAP')
    union all select 'refresher_skills', (select coalesce(sum(participations), 0) from training where category = 'BOI_DUONG' and level = 'NGHIEP_VU')
    union all select 'training_sessions', (select coalesce(sum(participations), 0) from training where category = 'TAP_HUAN')
    union all select 'conferences', (select coalesce(sum(participations), 0) from training where category = 'HOI_NGHI')
    union all select 'funding_public_vnd', (select coalesce(amount_vnd, 0) from public_funding)
)
select r.figure, r.unit, r.label_vi, r.label_en, f.value
from figures as f
join ref_review_figure as r using (figure)
order by r.sort;
