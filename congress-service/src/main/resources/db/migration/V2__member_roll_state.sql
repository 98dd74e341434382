-- The registry's member state beyond status: members who left are no longer counted anywhere.
alter table member_roll add column state varchar(10) not null default 'ACTIVE';
alter table member_roll add column attached_to uuid;
alter table member_roll add column exempted boolean not null default false;
