-- Issue 3: tree changes (merge), member history, audit trail.

-- A merged organisation keeps its row (history) and points at the organisation it was merged into.
alter table organisation add column merged_into uuid references organisation (id);
create index organisation_merged_into on organisation (merged_into) where merged_into is not null;

-- The member's current state, derived from member_event and kept here for queries.
alter table member add column state varchar(10) not null default 'ACTIVE';
alter table member add column left_reason varchar(20);
alter table member add column left_on date;
alter table member add column attached_to uuid references organisation (id);
alter table member add column exempted boolean not null default false;
create index member_attached_to on member (attached_to) where attached_to is not null;

-- Every lifecycle step of a member, in order: the source of the member's state at any date.
create table member_event (
    id                  bigint generated always as identity primary key,
    member_id           uuid         not null references member (id),
    kind                varchar(30)  not null,
    effective_date      date         not null,
    decision_reference  varchar(200),
    -- the member's cell and temporary attachment after this step
    organisation_id     uuid         not null references organisation (id),
    attached_to         uuid         references organisation (id),
    recorded_at         timestamptz  not null default now(),
    recorded_by         varchar(200) not null
);
create index member_event_member on member_event (member_id, effective_date, id);
create index member_event_organisation on member_event (organisation_id);

-- Members registered before this migration: their admission and full membership become history.
insert into member_event (member_id, kind, effective_date, organisation_id, recorded_by)
select id, 'ADMITTED', admitted_on, organisation_id, 'migration' from member;
insert into member_event (member_id, kind, effective_date, organisation_id, recorded_by)
select id, 'MADE_FULL', full_member_on, organisation_id, 'migration' from member where full_member_on is not null;

-- Who changed what, when: the state before and after every write, in the write's transaction.
create table audit_entry (
    id          bigint generated always as identity primary key,
    entity      varchar(40)  not null,
    entity_id   uuid         not null,
    action      varchar(40)  not null,
    actor       varchar(200) not null,
    at          timestamptz  not null default now(),
    before      jsonb,
    after       jsonb
);
create index audit_entry_entity on audit_entry (entity, entity_id, id);
