-- A nomination (đề nghị khen thưởng) of an organisation or a member of the bloc, for one award form, handed in by
-- a grassroots organisation; it goes through the states of NominationState up to the award presented, or revoked.
create table nomination (
    id                 uuid primary key,
    movement_id        uuid          not null references movement (id),
    -- ORGANISATION (tập thể) | MEMBER (cá nhân)
    nominee_kind       varchar(20)   not null,
    -- the organisation awarded, or the member awarded: one award per nominee per movement
    nominee_id         uuid          not null,
    -- the organisation awarded, or the member's organisation
    organisation_id    uuid          not null,
    nominee_name       varchar(300)  not null,
    -- the organisation that proposes (its subtree's officer hands it in)
    nominated_by       uuid          not null,
    form_code          varchar(60)   not null,
    achievement        varchar(4000) not null,
    state              varchar(20)   not null,
    submitted_at       timestamptz,
    -- handed in after the deadline under an override of the office
    late               boolean       not null default false,
    return_reason      varchar(2000),
    votes_for          integer,
    votes_against      integer,
    council_present    integer,
    council_members    integer,
    reviewed_at        timestamptz,
    revoke_reason      varchar(2000),
    version            bigint        not null,
    created_at         timestamptz   not null default now(),
    created_by         varchar(200)  not null
);
create index nomination_movement_state on nomination (movement_id, state);
create index nomination_movement_organisation on nomination (movement_id, organisation_id);
create index nomination_nominee on nomination (movement_id, nominee_id);
