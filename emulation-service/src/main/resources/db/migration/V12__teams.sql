-- The tournament's teams (§II.5): one team per grassroots organisation, or a joint team of up to 3 cells; each
-- organisation and each player in one team only. The checks run in the registration's transaction (the tournament's
-- row locked); these unique indexes hold the same rules should two registrations ever pass the checks together.

-- One tournament per movement.
create unique index tournament_one_per_movement on tournament (movement_id);

alter table team add column registered_by varchar(200);
alter table team add column withdrawn_at timestamptz;
alter table team add column withdrawn_by varchar(200);
alter table team add column withdraw_reason varchar(2000);

-- The organisations of a team: one, or up to the section's maxCellsPerJointTeam cells. A withdrawn team's rows stay
-- (active = false) and no longer hold the organisation.
create table team_organisation (
    team_id          uuid          not null references team (id),
    tournament_id    uuid          not null references tournament (id),
    organisation_id  uuid          not null,
    active           boolean       not null default true,
    primary key (team_id, organisation_id)
);
create unique index team_organisation_once on team_organisation (tournament_id, organisation_id) where active;

-- A player of a team's roster: a member of the registry (known_member, copied: name and sex as registered), or a
-- cadre of one of the team's organisations who is not a party member, attested by the office (who, when, why).
create table team_player (
    id                 uuid primary key,
    team_id            uuid          not null references team (id),
    tournament_id      uuid          not null references tournament (id),
    -- MEMBER:<member id> | CADRE:<organisation id>:<folded name>: one team per person
    person_key         varchar(500)  not null,
    member_id          uuid,
    organisation_id    uuid          not null,
    full_name          varchar(200)  not null,
    -- MALE | FEMALE
    sex                varchar(10)   not null,
    position           integer       not null,
    attested_by        varchar(200),
    attested_at        timestamptz,
    attestation_note   varchar(2000),
    active             boolean       not null default true
);
create index team_player_team on team_player (team_id, position);
create unique index team_player_once on team_player (tournament_id, person_key) where active;
