-- Faults of the whole file that need the warehouse: the agency must be in the registry and active in the year.
select 'UNKNOWN_AGENCY' as fault_code
where not agency_active_in(getvariable('agency_code'), getvariable('report_year'));
