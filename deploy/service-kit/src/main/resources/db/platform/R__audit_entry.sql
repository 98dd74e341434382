-- The audit trail (kit AuditTrail) in every service's database (service-kit owns this migration).
--
-- Repeatable, not versioned: a database already migrated past it (the local stack's) would refuse a new
-- platform version below its own migrations, while a repeatable migration runs once after them. It must
-- stay idempotent: the registry created this very table in its V2 (identical shape), where this changes nothing.

-- Who changed what and when, with the state before and after; read per entity, oldest first.
create table if not exists audit_entry (
    id          bigint generated always as identity primary key,
    entity      varchar(40)  not null,
    entity_id   uuid         not null,
    action      varchar(40)  not null,
    actor       varchar(200) not null,
    at          timestamptz  not null default now(),
    before      jsonb,
    after       jsonb
);
create index if not exists audit_entry_entity on audit_entry (entity, entity_id, id);
