-- The dates the registry publishes with every member (admittedOn, fullMemberOn, leftOn): a congress counts the
-- roll as it stood on its first day. Rows written before this migration keep nulls and are counted by their
-- current status until the registry's next event for them.
alter table member_roll add column admitted_on date;
alter table member_roll add column full_member_on date;
alter table member_roll add column left_on date;

-- The structure an office states its congress will elect (sizes of the bodies), checked against the structure
-- derived from the roll and the round's rule set; part 2 (the elections) reads it.
create table congress_election_structure (
    congress_id                 uuid primary key references congress (id),
    committee_size              integer,
    standing_committee_size     integer,
    deputy_secretaries          integer     not null,
    inspection_commission_size  integer,
    stated_by                   varchar(200) not null,
    stated_at                   timestamptz not null,
    version                     bigint      not null
);
