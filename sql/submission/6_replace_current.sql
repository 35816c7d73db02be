-- The previous current version of each accepted submission's key leaves the facts whole, in the same
-- transaction as the new version arrives: a key is never counted twice, nor half.
create or replace temp table stg_previous as
select current_id as submission_id
from stg_decision
where status = 'ACCEPTED' and current_id is not null;

delete from fact_staff where submission_id in (select submission_id from stg_previous);
delete from fact_training_activity where submission_id in (select submission_id from stg_previous);
delete from fact_training_funding where submission_id in (select submission_id from stg_previous);
delete from fact_participation where submission_id in (select submission_id from stg_previous);

update audit_submission
set status = 'SUPERSEDED', is_current = false
where submission_id in (select submission_id from stg_previous);
