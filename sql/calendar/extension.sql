-- One extension from the calendar file: (agency, dataset, year, deadline, reason).
insert into calendar_extension (agency_code, dataset, report_year, deadline, reason) values (?, ?, ?, ?, ?);
