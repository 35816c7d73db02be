-- Freezes which submission versions an edition's figures come from (parameters: edition, from year, to year).
insert into review_edition_source
    (edition, submission_id, agency_code, dataset, report_year, file_name, sha256, run_id, received_at)
select ?, submission_id, agency_code, dataset, report_year, file_name, sha256, run_id, received_at
from review_sources(cast(? as integer), cast(? as integer));
