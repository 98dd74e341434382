-- One election (lần bầu) at a congress: a body or post, elected by the congress or by the new committee at its
-- first meeting. A runoff or another round is a new row with the next round_no, pointing at the one before.
create table election (
    id                    uuid primary key,
    congress_id           uuid        not null references congress (id),
    office                varchar(30) not null,
    -- CONGRESS | NEW_COMMITTEE
    electorate            varchar(20) not null,
    round_no              integer     not null check (round_no >= 1),
    previous_election_id  uuid references election (id),
    seats                 integer     not null check (seats >= 1),
    alternate_seats       integer     not null default 0 check (alternate_seats >= 0),
    -- STRIKE_OUT | AGREE_DISAGREE: fixed when the list is approved
    ballot_kind           varchar(20),
    -- NOMINATING | LIST_APPROVED | COUNT_CLOSED | RESULT_DECLARED
    status                varchar(20) not null,
    -- the reconciled figures, written when the count is closed
    ballots_issued        integer,
    ballots_returned      integer,
    valid_ballots         integer,
    invalid_ballots       integer,
    log_last_hash         varchar(64),
    count_closed_at       timestamptz,
    created_at            timestamptz not null default now(),
    version               bigint      not null
);
create unique index election_congress_office_round on election (congress_id, office, round_no);

-- A candidate of an election: on the convening committee's list, nominated from the floor or self-nominated.
create table election_candidate (
    id           uuid primary key,
    election_id  uuid         not null references election (id),
    member_id    uuid         not null,
    full_name    varchar(200) not null,
    -- COMMITTEE_LIST | FLOOR_NOMINATION | SELF_NOMINATION
    source       varchar(20)  not null,
    -- PROPOSED | ON_LIST | REFUSED | WITHDRAWN
    status       varchar(20)  not null,
    -- the place on the printed list, set when the list is approved
    position     integer,
    -- from the closed count and the declared result (never typed in)
    votes            integer,
    percent_of_base  numeric(7, 2),
    -- ELECTED | ALTERNATE | TIED | NOT_ELECTED
    outcome          varchar(20),
    created_at   timestamptz  not null default now(),
    version      bigint       not null,
    unique (election_id, member_id)
);
create index election_candidate_election on election_candidate (election_id, status);
