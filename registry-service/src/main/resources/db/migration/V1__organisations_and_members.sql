create table organisation (
    id          uuid primary key,
    parent_id   uuid references organisation (id),
    -- ancestor ids from the root to this organisation, inclusive: /root/.../id/
    path        varchar(4000) not null,
    type        varchar(40)  not null,
    name        varchar(300) not null,
    short_code  varchar(40),
    status      varchar(20)  not null,
    term        varchar(20),
    version     bigint       not null,
    created_at  timestamptz  not null default now()
);
create index organisation_parent on organisation (parent_id);
create index organisation_path on organisation (path varchar_pattern_ops);

create table member (
    id                 uuid primary key,
    organisation_id    uuid not null references organisation (id),
    full_name          varchar(200) not null,
    birth_date         date not null,
    sex                varchar(10)  not null,
    ethnicity          varchar(50)  not null,
    religion           varchar(50),
    national_id        char(12)     not null unique,
    phone              varchar(15),
    party_card_number  varchar(20) unique,
    admitted_on        date not null,
    full_member_on     date,
    job_title          varchar(200),
    workplace          varchar(300),
    status             varchar(20)  not null,
    version            bigint       not null,
    created_at         timestamptz  not null default now()
);
create index member_organisation on member (organisation_id);
