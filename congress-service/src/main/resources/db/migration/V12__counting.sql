-- The counting committee (ban kiểm phiếu) of a congress: its tellers, and how many of them enter each ballot.
create table counting_committee (
    congress_id         uuid primary key references congress (id),
    -- each returned ballot is entered by this many tellers independently (rule set elections.tellersPerBallot);
    -- fixed once the first election of the congress has started counting
    tellers_per_ballot  integer     not null check (tellers_per_ballot between 2 and 3),
    updated_by          varchar(200) not null,
    updated_at          timestamptz not null,
    version             bigint      not null
);

create table counting_teller (
    id           uuid primary key,
    congress_id  uuid         not null references counting_committee (congress_id),
    code         varchar(20)  not null,
    full_name    varchar(200) not null,
    -- HEAD (trưởng ban) | MEMBER (ủy viên)
    role         varchar(10)  not null,
    position     integer      not null,
    unique (congress_id, code)
);

-- The count of one election: ballots issued and returned, and the head of its hash-chained log. Every write of the
-- count locks this row first, so the log's appends are serialised per election (and only per election).
create table election_count (
    election_id         uuid primary key references election (id),
    congress_id         uuid        not null references congress (id),
    tellers_per_ballot  integer     not null,
    ballots_issued      integer check (ballots_issued >= 0),
    ballots_returned    integer check (ballots_returned >= 0),
    -- BALLOTS (each ballot by its serial) | GROUPS (per-candidate tallies of counting groups); set by the first entry
    mode                varchar(10),
    -- set by the closing under the row's lock: a write queued behind it is refused
    closed              boolean     not null default false,
    last_seq            bigint      not null,
    last_hash           varchar(64) not null,
    version             bigint      not null
);

-- One teller's entry of one returned ballot (by its serial) or of one counting group's tally (by its code).
create table count_entry (
    id           uuid primary key,
    election_id  uuid         not null references election_count (election_id),
    unit         varchar(40)  not null,
    -- BALLOT | GROUP
    unit_kind    varchar(10)  not null,
    teller_code  varchar(20)  not null,
    -- canonical JSON: {"kept":[ids]} | {"marks":{id:mark}} | {"ballots":n,"invalid":n,"valid":n,"votes":{id:n}}
    content      text         not null,
    log_seq      bigint       not null,
    entered_by   varchar(200) not null,
    entered_at   timestamptz  not null,
    unique (election_id, unit, teller_code)
);

-- Where each ballot or group stands: PENDING, MISMATCH, FINAL (the tellers agree), SETTLED (by the committee),
-- RULED_INVALID; content is the agreed or settled one.
create table count_unit (
    id           uuid primary key,
    election_id  uuid         not null references election_count (election_id),
    unit         varchar(40)  not null,
    unit_kind    varchar(10)  not null,
    status       varchar(15)  not null,
    content      text,
    decided_by   varchar(200),
    reason       varchar(1000),
    updated_at   timestamptz  not null,
    version      bigint       not null,
    unique (election_id, unit)
);
create index count_unit_open on count_unit (election_id, status);

-- The tamper-evident log: hash = SHA-256 of the election, seq, kind, canonical payload and the previous hash.
create table count_log (
    election_id  uuid         not null references election_count (election_id),
    seq          bigint       not null,
    kind         varchar(12)  not null,
    payload      text         not null,
    prev_hash    varchar(64)  not null,
    hash         varchar(64)  not null,
    recorded_by  varchar(200) not null,
    recorded_at  timestamptz  not null,
    primary key (election_id, seq)
);
