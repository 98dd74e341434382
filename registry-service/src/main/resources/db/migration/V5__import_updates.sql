-- Re-importing a file updates members by national ID: a job counts the rows that create a member, update one
-- or change nothing (in a dry run: what would happen). "imported" keeps counting the members actually created;
-- the rows once "skipped" are now "unchanged".
alter table import_job rename column skipped to unchanged;
alter table import_job add column created integer not null default 0;
alter table import_job add column updated integer not null default 0;
