-- A movement (phong trào/đợt thi đua) run by a bloc committee, launched from a plan file (plans/<id>.json):
-- its settings are the plan's, copied at launch, so the office may change this movement's settings without
-- touching the plan or another movement.
create table movement (
    id          uuid primary key,
    bloc_id     uuid          not null,
    plan_id     varchar(100)  not null,
    name        varchar(500)  not null,
    starts_on   date          not null,
    ends_on     date          not null check (ends_on >= starts_on),
    zone        varchar(60)   not null,
    settings    jsonb         not null,
    version     bigint        not null,
    created_at  timestamptz   not null default now()
);
create index movement_bloc on movement (bloc_id);

-- The events of the plan other dates hang on (the meeting, the seminar, the tournament's finals): moving one moves
-- every deadline anchored to it. A date may be open (the seminar "in April"): then the window bounds it.
create table movement_anchor (
    movement_id  uuid         not null references movement (id),
    key          varchar(40)  not null,
    label        varchar(300) not null,
    on_date      date,
    window_from  date,
    window_to    date,
    version      bigint       not null,
    primary key (movement_id, key)
);

-- The members as the registry publishes them (registry.members.v1), public state only: no national ID, phone or
-- birth date reaches this database. Kept by upsert, newest registry version wins.
create table known_member (
    id               uuid primary key,
    organisation_id  uuid         not null,
    full_name        varchar(200) not null,
    sex              varchar(10)  not null,
    -- PROBATIONARY | FULL
    status           varchar(20)  not null,
    -- ACTIVE | LEFT (removed, expelled, deceased)
    state            varchar(10)  not null,
    version          bigint       not null
);
create index known_member_organisation on known_member (organisation_id);

-- The party positions a member holds now (secretary, deputy secretary, committee member...).
create table known_member_position (
    member_id        uuid        not null references known_member (id) on delete cascade,
    organisation_id  uuid        not null,
    role             varchar(60) not null,
    primary key (member_id, organisation_id, role)
);
create index known_member_position_organisation on known_member_position (organisation_id, role);

-- The office's exception to a submission deadline (summary reports, nominations): for one organisation, or for
-- every organisation when organisation_id is null, until a moment, with the reason; audited.
create table deadline_override (
    id               uuid primary key,
    movement_id      uuid         not null references movement (id),
    kind             varchar(20)  not null,
    organisation_id  uuid,
    until            timestamptz  not null,
    reason           varchar(1000) not null,
    recorded_by      varchar(200) not null,
    recorded_at      timestamptz  not null default now()
);
create index deadline_override_movement on deadline_override (movement_id, kind);
