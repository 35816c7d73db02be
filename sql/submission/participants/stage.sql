-- The validated rows of the group's hoc-vien files (person IDs already keyed, names already dropped), with their
-- organiser, so that the checks and the load read one table rather than a join of millions of rows they would each
-- hold. It is the only copy of the rows: what the checks and the load need besides is in small tables.
create or replace temp table stg_participants as
select b.submission_id, b.agency_code as organiser_code, r.* exclude (filename)
from read_csv(getvariable('rows_files'),
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', filename = true,
    columns = {
        'line_no': 'INTEGER',
        'class_code': 'VARCHAR',
        'participant_agency_code': 'VARCHAR',
        'person_key': 'VARCHAR',
        'result': 'VARCHAR'
    }) as r
join stg_batch as b on b.rows_file = r.filename;

-- Each distinct spelling of result with its code (NULL: no accepted spelling folds to it): fold_key runs once per
-- spelling rather than per row, and the rows join this small table.
create or replace temp table stg_participant_result as
select v.value, a.code
from (
    select value, fold_key(value) as value_key
    from (select distinct result as value from stg_participants where result is not null)
) as v
left join ref_alias as a on a.domain = 'result' and a.alias_key = v.value_key;
