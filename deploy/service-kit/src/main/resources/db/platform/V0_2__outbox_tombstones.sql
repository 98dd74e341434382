-- A row without payload is a tombstone: the relay sends a record with a null value, which tells a
-- log-compacted topic to forget the key (service-kit owns this migration; it runs in every service's
-- database and changes no existing row).
alter table outbox_event alter column payload drop not null;
