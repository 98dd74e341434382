-- The same outbox and inbox in every service's database (service-kit owns this migration).

-- Events written in the same transaction as the change they describe; the relay sends them to
-- Kafka after commit, in id order, and marks them delivered.
create table outbox_event (
    id            bigint generated always as identity primary key,
    event_id      uuid         not null unique,
    topic         varchar(200) not null,
    event_type    varchar(200) not null,
    subject       varchar(200) not null,
    occurred_at   timestamptz  not null,
    payload       json         not null, -- json, not jsonb: relayed byte for byte as serialised
    delivered_at  timestamptz
);
create index outbox_event_pending on outbox_event (id) where delivered_at is null;
create index outbox_event_delivered on outbox_event (delivered_at) where delivered_at is not null;

-- One row per event a consumer has applied, written in the same transaction as its effect,
-- so a redelivered event is recognised and changes nothing.
create table inbox_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    event_type   varchar(200) not null,
    received_at  timestamptz  not null default now(),
    primary key (consumer, event_id)
);

-- The organisation tree as published on registry.organisations.v1, kept by every service that
-- needs to know whether an organisation lies in an officer's subtree.
create table known_organisation (
    id          uuid primary key,
    parent_id   uuid,
    path        varchar(4000) not null,
    type        varchar(40)  not null,
    name        varchar(300) not null,
    short_code  varchar(40),
    status      varchar(20)  not null,
    version     bigint       not null
);
create index known_organisation_parent on known_organisation (parent_id);
create index known_organisation_path on known_organisation (path varchar_pattern_ops);
