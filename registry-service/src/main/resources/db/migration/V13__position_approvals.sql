-- The higher committee's approvals of a congress' election results (chuẩn y) the registry applied from
-- congress.elections.v1: the decision, what it changed, and every position it could not give or end (an unknown or
-- departed member...), for the office to settle by hand. One row per approval event.
create table position_approval (
    id                 uuid primary key,
    event_id           varchar(200) not null unique,
    congress_id        uuid         not null,
    organisation_id    uuid         not null, -- the convener, whose bodies were elected
    organisation_name  varchar(300) not null,
    approving_body     varchar(300),
    decision_number    varchar(200) not null,
    approved_on        date         not null,
    assigned           int          not null,
    ended              int          not null,
    already_held       int          not null,
    applied_at         timestamptz  not null default now()
);
create index position_approval_organisation on position_approval (organisation_id, approved_on);

create table position_approval_problem (
    approval_id      uuid          not null references position_approval (id),
    line             int           not null,
    member_id        uuid,
    full_name        varchar(300),
    organisation_id  uuid,
    role             varchar(60),
    message          varchar(2000) not null,
    primary key (approval_id, line)
);
