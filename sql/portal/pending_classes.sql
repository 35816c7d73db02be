-- The classes a hoc-vien file's dry run is checked against when its organiser's dao-tao of the year is waiting for
-- the import too (the import loads that dao-tao first, in the same run). Run right after the dao-tao's own dry run,
-- from the stg_* tables it left: if the import will accept it, its rows without an error (the rows
-- sql/submission/training/load.sql loads) replace the organiser's classes of that year, as
-- sql/submission/6_replace_current.sql replaces an accepted version whole; each class's current version is then the
-- latest reporting year's, as v_training_activity_current (sql/060_views.sql) says. A temporary view of that name
-- is found before the analysts' file's own, so participants/check.sql reads it unchanged.
create or replace temp table dry_run_classes as
with replaced as (
    select b.agency_code as organiser_code, b.report_year
    from stg_batch as b
    join stg_decision as d on d.submission_id = b.submission_id and d.status = 'ACCEPTED'
),
pending as (
    select b.agency_code as organiser_code, b.report_year, s.class_code, s.participations
    from stg_training as s
    join stg_batch as b using (submission_id)
    join stg_decision as d on d.submission_id = s.submission_id and d.status = 'ACCEPTED'
    anti join stg_problem as p on p.submission_id = s.submission_id and p.line_no = s.line_no and p.severity = 'ERROR'
)
select organiser_code, report_year, class_code, participations
from fact_training_activity
anti join replaced using (organiser_code, report_year)
union all
select * from pending;

create or replace temp view v_training_activity_current as
select organiser_code, class_code, participations, report_year
from dry_run_classes
qualify row_number() over (partition by organiser_code, class_code order by report_year desc) = 1;
