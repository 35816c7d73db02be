-- After a group's decisions are read, its staged rows leave DuckDB's memory (issue 15): temporary tables live as
-- long as the connection, so each dataset's last group held its rows, and spilled them, until the end of the run,
-- where the staffing figures counted over the whole warehouse needed that memory.
drop table if exists stg_batch;
drop table if exists stg_problem;
drop table if exists stg_loaded;
drop table if exists stg_decision;
drop table if exists stg_previous;
drop table if exists stg_roster;
drop table if exists stg_roster_code;
drop table if exists stg_training;
drop table if exists stg_training_code;
drop table if exists stg_training_valid;
drop table if exists stg_participants;
drop table if exists stg_participant_result;
drop table if exists stg_participant_agency;
