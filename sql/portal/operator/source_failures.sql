-- Sources that failed and why, newest first: a folder or URL that could not be read, a name refused, a file over
-- the limits (audit_source_event), with the fault's wording in both languages. Parameter: how many.
select
    e.run_id,
    e.agency_code,
    e.source,
    e.event_at,
    e.fault_code,
    r.message_vi || ' | ' || r.message_en as fault_label,
    e.detail
from audit_source_event as e
left join ref_fault as r using (fault_code)
order by e.event_at desc, e.agency_code
limit ?
