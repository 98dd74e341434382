-- Import jobs also import organisations: a job says what its file holds. Existing jobs imported members.
alter table import_job add column kind varchar(20) not null default 'MEMBERS';
