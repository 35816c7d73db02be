-- The calendar file is written again whole at every run: what the operator removed from it no longer applies.
delete from calendar_deadline;
delete from calendar_extension;
delete from calendar_today;
