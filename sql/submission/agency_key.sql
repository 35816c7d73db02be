-- The version of the submission's agency that its facts refer to, looked up once per submission.
set variable agency_key = (select agency_key_at(getvariable('agency_code'), getvariable('report_year')));
