-- Invitations (issue 14 items 2, 3): the people outside the registry the office enters, the cells it chooses, the
-- batches of invitations docs-service issues, and what each invitee's last issued invitation said.

-- A person outside the registry (a provincial leader, a former leader, a guest), entered or imported into a group.
create table invitation_guest (
    id                 uuid primary key,
    gathering_id       uuid          not null references gathering (id),
    group_code         varchar(40)   not null,
    full_name          varchar(200)  not null,
    title              varchar(300),
    organisation_name  varchar(500),
    created_by         varchar(200)  not null,
    created_at         timestamptz   not null default now()
);
create index invitation_guest_gathering on invitation_guest (gathering_id);

-- The cells whose secretaries the office chose for a group ("Bí thư một số các chi bộ trực thuộc").
create table invitation_chosen_cell (
    gathering_id     uuid          not null references gathering (id),
    group_code       varchar(40)   not null,
    organisation_id  uuid          not null,
    primary key (gathering_id, group_code, organisation_id)
);

-- One request to docs-service: the invitations of the people added or changed since their last one.
create table invitation_batch (
    id                    uuid primary key,
    gathering_id          uuid          not null references gathering (id),
    invitation_count      integer       not null check (invitation_count > 0),
    requested_at          timestamptz   not null,
    requested_by          varchar(200)  not null,
    -- docs-service's batch document (GM), once it answered on docs.documents.v1
    document_id           uuid,
    document_number       integer,
    document_symbol       varchar(100),
    document_issued_on    date,
    document_content_url  varchar(500),
    version               bigint        not null
);
create index invitation_batch_gathering on invitation_batch (gathering_id, requested_at);

-- What the invitee's last issued invitation said (a hash of name, title, organisation, roles and the event's
-- date/time/venue) and its batch: a change of any of them re-issues it.
alter table invitee add column issued_hash varchar(64);
alter table invitee add column issued_batch_id uuid references invitation_batch (id);
