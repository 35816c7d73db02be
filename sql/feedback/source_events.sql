-- What went wrong while pulling each agency's source in a run.
select e.agency_code, e.detail, f.message_vi, f.message_en
from audit_source_event as e
join ref_fault as f using (fault_code)
where e.run_id = ?
order by e.agency_code, e.event_at;
