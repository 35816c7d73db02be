-- One dataset's deadline from the calendar file: (dataset, month, day) of the year after the reporting year.
insert into calendar_deadline (dataset, due_month, due_day) values (?, ?, ?);
