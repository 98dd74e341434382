-- Issue 14's shared tables (each feature adds its own columns and tables in its own migration, V9-V14).

-- The plan's seminar and commemoration meeting ("event" in the API and on emulation.events.v1; "gathering" in the
-- code, where "event" is a CloudEvent). One of each kind per movement; its date is the movement's anchor's.
create table gathering (
    id             uuid primary key,
    movement_id    uuid          not null references movement (id),
    -- SEMINAR | MEETING
    kind           varchar(20)   not null,
    title          varchar(500)  not null,
    on_date        date          not null,
    starts_at      time          not null,
    ends_at        time          not null,
    venue          varchar(500)  not null,
    organiser      varchar(300)  not null,
    planned_count  integer       not null check (planned_count > 0),
    -- SCHEDULED | CLOSED (attendance closed, the attendee list issued)
    state          varchar(20)   not null,
    version        bigint        not null,
    created_at     timestamptz   not null default now(),
    unique (movement_id, kind)
);

-- One invitation per person per event, whatever the groups they are invited in (invitee_role): a member of the
-- registry by member id, a person outside it (a former leader, a guest) by the office's entry.
create table invitee (
    id                 uuid primary key,
    gathering_id       uuid          not null references gathering (id),
    -- MEMBER:<member id> | EXTERNAL:<id of the office's entry>: one invitation per person
    person_key         varchar(60)   not null,
    member_id          uuid,
    full_name          varchar(200)  not null,
    title              varchar(300),
    organisation_name  varchar(500),
    organisation_id    uuid,
    -- the key the lists are sorted by (Vietnamese order, by given name)
    sort_key           varchar(400)  not null,
    -- the personal check-in code on the invitation: random, opaque, no personal data
    token              varchar(64)   not null unique,
    -- PENDING | ACCEPTED | DECLINED | SUBSTITUTE
    reply              varchar(20)   not null default 'PENDING',
    -- no longer in any group: kept (its invitation may be out), counted nowhere
    withdrawn          boolean       not null default false,
    version            bigint        not null,
    created_at         timestamptz   not null default now(),
    unique (gathering_id, person_key)
);

-- Why a person is invited: one row per group they are in (the seminar's 5 groups, the meeting's 7).
create table invitee_role (
    invitee_id   uuid          not null references invitee (id) on delete cascade,
    group_code   varchar(40)   not null,
    -- what made them so (the organisation they are secretary of, the award...): shown beside the role
    reason       varchar(500),
    primary key (invitee_id, group_code)
);

-- The air-volleyball tournament of a movement, with its rules (the plan says they come later: data, per tournament).
create table tournament (
    id           uuid primary key,
    movement_id  uuid          not null references movement (id),
    name         varchar(500)  not null,
    venue        varchar(500)  not null,
    -- TournamentRules as JSON, from the plan's defaults, changed by the office before the draw
    rules        jsonb         not null,
    -- REGISTRATION | DRAWN | SCHEDULED | COMPLETED
    state        varchar(20)   not null,
    version      bigint        not null,
    created_at   timestamptz   not null default now()
);
create index tournament_movement on tournament (movement_id);

-- A team: one grassroots organisation's, or a joint team of up to 3 cells (team_organisation, the teams' migration).
create table team (
    id             uuid primary key,
    tournament_id  uuid          not null references tournament (id),
    name           varchar(500)  not null,
    -- REGISTERED | WITHDRAWN
    state          varchar(20)   not null,
    -- the draw's: the seed (1 = strongest) and the group (A, B...)
    seed           integer,
    group_code     varchar(4),
    version        bigint        not null,
    created_at     timestamptz   not null default now()
);
create index team_tournament on team (tournament_id);

-- A match of the draw: in a group, or in the knockout, where a side may wait on another match's winner or loser.
create table tournament_match (
    id              uuid primary key,
    tournament_id   uuid          not null references tournament (id),
    -- the schedule's order, 1.. (the number printed on the schedule)
    number          integer       not null,
    -- GROUP | KNOCKOUT | THIRD_PLACE
    stage           varchar(20)   not null,
    group_code      varchar(4),
    -- the knockout round: 1 = first round ... the final last; in a group, the group's round
    round           integer       not null,
    home_team_id    uuid references team (id),
    away_team_id    uuid references team (id),
    -- where a side comes from before it is known: "A1" (group A's winner), "W12" (winner of match 12), "L13"
    home_source     varchar(10),
    away_source     varchar(10),
    court           integer,
    starts_at       timestamptz,
    -- PENDING | PLAYED | FORFEIT | DOUBLE_FORFEIT
    state           varchar(20)   not null,
    -- the set scores [{home, away}] as entered (the scores' migration keeps their history)
    sets            jsonb,
    winner_team_id  uuid references team (id),
    version         bigint        not null,
    unique (tournament_id, number)
);
