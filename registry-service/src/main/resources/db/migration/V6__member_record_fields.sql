-- Issue 3 item 2: the member record's education (trình độ), positions in party bodies (chức vụ Đảng) and a
-- birth date of which only the month and year are known.

-- A birth date known to the month only is stored as the first day of that month (the column stays not null).
alter table member add column birth_date_precision varchar(5) not null default 'DAY';
alter table member add constraint member_birth_date_precision
    check (birth_date_precision = 'DAY' or birth_date_precision = 'MONTH' and extract(day from birth_date) = 1);

-- Trình độ as the member handbook keeps it: general education ("12/12"), professional qualification
-- ("Thạc sĩ Kinh tế"), political theory (SO_CAP, TRUNG_CAP, CAO_CAP, CU_NHAN); each optional.
alter table member add column general_education varchar(30);
alter table member add column professional_qualification varchar(200);
alter table member add column political_theory varchar(20);

-- Chức vụ Đảng: a role held in a party body (the committee or cell whose body it is) over a period
-- [started_on, ended_on); ended_on null while the position is held.
create table member_position (
    id                      uuid primary key,
    member_id               uuid         not null references member (id),
    organisation_id         uuid         not null references organisation (id),
    role                    varchar(40)  not null,
    started_on              date         not null,
    ended_on                date,
    decision_reference      varchar(200),
    end_decision_reference  varchar(200),
    recorded_at             timestamptz  not null default now(),
    recorded_by             varchar(200) not null,
    constraint member_position_period check (ended_on is null or ended_on >= started_on)
);
create index member_position_member on member_position (member_id, started_on);
create index member_position_body on member_position (organisation_id, role);
-- the service refuses a second secretary with the holder's name; this backs it against concurrent requests
create unique index member_position_one_current_secretary on member_position (organisation_id)
    where role = 'SECRETARY' and ended_on is null;
