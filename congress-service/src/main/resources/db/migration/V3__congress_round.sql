-- A congress round (đợt đại hội): the convening committee's plan for its own congress and its cells'.
create table congress_round (
    id                      uuid primary key,
    convening_committee_id  uuid        not null,
    rule_set_id             varchar(20) not null,
    -- the pilot congress (đại hội điểm) and its window; both null for a round without one
    pilot_organisation_id   uuid,
    pilot_from              date,
    pilot_to                date,
    cells_from              date        not null,
    cells_to                date        not null,
    committee_from          date        not null,
    committee_to            date        not null,
    cell_term               varchar(9)  not null,
    committee_term          varchar(9)  not null,
    version                 bigint      not null,
    created_at              timestamptz not null default now(),
    check ((pilot_organisation_id is null) = (pilot_from is null) and (pilot_from is null) = (pilot_to is null))
);
create index congress_round_committee on congress_round (convening_committee_id);

-- Mốc tính tuổi per level (CELL, PARTIAL, GRASSROOTS, BLOC), as yyyy-MM.
create table congress_round_age_reference (
    round_id         uuid        not null references congress_round (id),
    level            varchar(20) not null,
    reference_month  varchar(7)  not null,
    primary key (round_id, level)
);

-- Every congress now belongs to a round; rows from before rounds keep a null round.
alter table congress add column round_id uuid references congress_round (id);
alter table congress add column status_reason varchar(1000);
-- One congress per organisation per round; a cancelled one frees the organisation for a new one.
create unique index congress_one_per_round on congress (round_id, organisation_id) where status <> 'CANCELLED';
create index congress_by_round on congress (round_id, status);
