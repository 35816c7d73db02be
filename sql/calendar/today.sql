-- The calendar's day of this run.
insert into calendar_today (today) values (?);
