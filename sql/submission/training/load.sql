-- dao-tao rows of accepted submissions, without errors, into fact_training_activity and fact_training_funding;
-- new providers into dim_provider.
create or replace temp table stg_training_valid as
select
    s.*,
    b.agency_code,
    b.agency_key,
    b.report_year,
    category.code as category_code,
    case when category.code in ('DAO_TAO', 'BOI_DUONG') then level.code end as level_code,
    provider.value_key as provider_folded
from stg_training as s
join stg_batch as b using (submission_id)
join stg_decision as d on d.submission_id = s.submission_id and d.status = 'ACCEPTED'
join stg_training_code as category
    on category.column_name = 'category' and category.value = s.category and category.code is not null
left join stg_training_code as level on level.column_name = 'level' and level.value = s.level
left join stg_training_code as provider on provider.column_name = 'provider' and provider.value = s.provider
anti join stg_problem as p on p.submission_id = s.submission_id and p.line_no = s.line_no and p.severity = 'ERROR';

insert into dim_provider
with new_providers as (
    select provider_folded as name_key, min(provider) as provider_name
    from stg_training_valid
    where coalesce(provider, '') <> ''
    group by all
)
select nextval('seq_provider_key'), provider_name, name_key
from new_providers
where name_key not in (select name_key from dim_provider);

insert into fact_training_activity
select
    s.submission_id,
    s.report_year,
    s.agency_key as organiser_key,
    s.agency_code as organiser_code,
    s.class_code,
    s.class_name,
    s.category_code as category,
    s.level_code as level,
    nullif(s.topic, '') as topic,
    p.provider_key,
    cast(strftime(s.start_date, '%Y%m%d') as integer) as start_date_key,
    cast(strftime(s.end_date, '%Y%m%d') as integer) as end_date_key,
    year(s.start_date) as class_year,
    s.class_count,
    s.participations,
    nullif(s.note, '') as note,
    s.line_no
from stg_training_valid as s
left join dim_provider as p on p.name_key = s.provider_folded;

insert into fact_training_funding
with by_source as (
    select submission_id, report_year, agency_code, class_code, start_date, 'CITY' as funding_source, funding_city as amount_vnd
    from stg_training_valid
    union all
    select submission_id, report_year, agency_code, class_code, start_date, 'DISTRICT', funding_district from stg_training_valid
    union all
    select submission_id, report_year, agency_code, class_code, start_date, 'AGENCY', funding_agency from stg_training_valid
    union all
    select submission_id, report_year, agency_code, class_code, start_date, 'PERSONAL', funding_personal from stg_training_valid
)
select submission_id, report_year, agency_code, class_code, year(start_date), funding_source, amount_vnd
from by_source
where amount_vnd > 0;

insert into stg_loaded
select submission_id, count(*)
from fact_training_activity
where submission_id in (select submission_id from stg_decision where status = 'ACCEPTED')
group by all;
