-- Replies and check-in at the door (issue 14, items 4 and 5): on the invitee, what they answered and when they
-- came; every scan a door scanner sent, so an offline scanner's retries are recorded once.

-- PENDING | ACCEPTED | DECLINED | SUBSTITUTE is invitee.reply (V8); who answered and when:
alter table invitee add column replied_at timestamptz;
-- TOKEN (the invitee, with the code of their invitation) | OFFICE (the office on their behalf)
alter table invitee add column replied_via varchar(10);
-- the office's user; null when the invitee answered with the token
alter table invitee add column replied_by varchar(200);
-- SUBSTITUTE: the deputy who fills the one seat (name and title only)
alter table invitee add column substitute_name varchar(200);
alter table invitee add column substitute_title varchar(300);
-- the check-in's time (the first scan's, an offline scanner's own time); null until checked in or after an undo
alter table invitee add column checked_in_at timestamptz;

-- One row per scan received. An offline scanner retries with the same nonce: unique per event, so it is recorded
-- once and answered as the first time (outcome and checked_in_at are that answer).
create table check_in_scan (
    id             uuid primary key,
    gathering_id   uuid          not null references gathering (id),
    invitee_id     uuid          not null references invitee (id),
    nonce          varchar(100),
    -- CHECKED_IN (this scan checked the person in) | ALREADY (they were checked in before)
    outcome        varchar(20)   not null,
    -- the check-in's time as answered
    checked_in_at  timestamptz   not null,
    -- the scanner's own time when it sent one (offline), else the server's
    scanned_at     timestamptz   not null,
    scanned_by     varchar(200)  not null,
    received_at    timestamptz   not null default now(),
    unique (gathering_id, nonce)
);
create index check_in_scan_invitee on check_in_scan (invitee_id);

-- the live counts and the reminders read one event's invitees by reply and by check-in
create index invitee_gathering_reply on invitee (gathering_id, reply) where not withdrawn;
