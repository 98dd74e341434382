-- Who a congress convened (triệu tập) and how each one attends: an all-member congress convenes the members of
-- its organisation's subtree on the roll at its first day (probationary members listed, never voting); a delegate
-- congress the delegates and alternates its office enters, the convening committee's members ex officio.
-- Attached elsewhere and exempted are read from the roll (member_roll) when the base is computed.
create table congress_attendee (
    id                          uuid primary key,
    congress_id                 uuid         not null references congress (id),
    member_id                   uuid         not null,
    full_name                   varchar(200) not null,
    -- the member's party organisation (cell) when convened
    organisation_id             uuid         not null,
    -- MEMBER (all-member congress) | DELEGATE | ALTERNATE
    role                        varchar(10)  not null,
    -- a full member on the congress' first day (all-member) or when entered (delegates); only they vote
    full_member                 boolean      not null,
    -- ex officio delegate: a member of the convening committee
    convening_committee_member  boolean      not null default false,
    -- an alternate standing in for an absent delegate
    replaces_member_id          uuid,
    replacement_recorded_by     varchar(200),
    replacement_recorded_at     timestamptz,
    checked_in_at               timestamptz,
    checked_in_by               varchar(200),
    -- an absence: its reason, whether it lasts the whole congress, whether the convening committee approved it
    absence_reason              varchar(1000),
    absent_throughout           boolean      not null default false,
    absence_approved            boolean      not null default false,
    absence_approved_by         varchar(200),
    absence_recorded_by         varchar(200),
    absence_recorded_at         timestamptz,
    -- SUSPENDED | PROSECUTED | DETAINED: the member neither counts in the base nor votes
    standing                    varchar(12),
    standing_reference          varchar(300),
    standing_recorded_by        varchar(200),
    standing_recorded_at        timestamptz,
    convened_at                 timestamptz  not null default now(),
    version                     bigint       not null,
    -- convening twice never lists a member twice
    unique (congress_id, member_id),
    check (absence_reason is not null or (not absent_throughout and not absence_approved)),
    check (not absence_approved or absence_approved_by is not null)
);
-- an absent delegate is replaced by one alternate at most
create unique index congress_attendee_replaces on congress_attendee (congress_id, replaces_member_id)
    where replaces_member_id is not null;
