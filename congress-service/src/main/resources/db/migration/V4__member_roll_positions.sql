-- The positions a member currently holds in party bodies (chức vụ Đảng), from the registry's member events:
-- a candidate holding a seat in the body being elected stands for re-election (tái cử).
create table member_roll_position (
    member_id        uuid        not null references member_roll (id),
    organisation_id  uuid        not null,
    role             varchar(40) not null,
    primary key (member_id, organisation_id, role)
);
create index member_roll_position_body on member_roll_position (organisation_id);
