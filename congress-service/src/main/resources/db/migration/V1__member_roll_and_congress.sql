-- The member roll: registry.members.v1 as this service needs it (public state only; no national ID,
-- phone or full birth date ever reaches this database). Kept by upsert, newest registry version wins.
create table member_roll (
    id               uuid primary key,
    organisation_id  uuid         not null,
    full_name        varchar(200) not null,
    sex              varchar(10)  not null,
    birth_month      varchar(7)   not null,
    ethnicity        varchar(50)  not null,
    -- PROBATIONARY | FULL: only full members vote and stand
    status           varchar(20)  not null,
    version          bigint       not null
);
create index member_roll_organisation on member_roll (organisation_id, status);

-- A congress (đại hội) of an organisation for a term.
create table congress (
    id               uuid primary key,
    organisation_id  uuid        not null,
    -- ALL_MEMBER (đại hội toàn thể) | DELEGATE (đại hội đại biểu)
    kind             varchar(20) not null,
    start_date       date        not null,
    days             integer     not null check (days >= 1),
    pilot            boolean     not null,
    term             varchar(9)  not null,
    status           varchar(20) not null,
    version          bigint      not null,
    created_at       timestamptz not null default now()
);
create index congress_organisation on congress (organisation_id);
