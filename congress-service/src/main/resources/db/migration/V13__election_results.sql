-- The declared result of an election, written when its count closes (never typed in): the base it was declared
-- on with each exclusion, the seats left open, the tie and what the congress must do next.
create table election_result (
    election_id             uuid primary key references election (id),
    convened                integer      not null,
    base                    integer      not null check (base >= 1),
    -- the exclusions from the base as declared: [{code, label, count, approvedBy: [..]}]
    exclusions              jsonb        not null,
    vacant_seats            integer      not null,
    vacant_alternate_seats  integer      not null,
    tie_seat                integer,
    tie_open_seats          integer,
    tie_alternate           boolean,
    note                    varchar(2000),
    declared_at             timestamptz  not null,
    -- what the congress decided on seats left open: ANOTHER_ROUND | LEAVE_VACANT | RUNOFF, who decided and when
    decision                varchar(20),
    decision_reason         varchar(1000),
    decided_by              varchar(200),
    decided_at              timestamptz,
    next_election_id        uuid references election (id),
    version                 bigint       not null
);

-- The convening committee's plan for the posts the new committee fills (secretary, deputy, inspection chair), and
-- the higher committee's direction awaited when a planned holder is not elected to the committee.
create table congress_personnel_plan (
    congress_id  uuid         not null references congress (id),
    office       varchar(30)  not null,
    member_id    uuid         not null,
    full_name    varchar(200) not null,
    -- set when the planned holder failed to be elected to the committee: the next ballot of the office waits
    awaiting_since_election_id uuid references election (id),
    direction_number  varchar(100),
    direction_text    varchar(4000),
    directed_on       date,
    direction_recorded_by varchar(200),
    direction_recorded_at timestamptz,
    version      bigint       not null,
    primary key (congress_id, office)
);

-- The congress' results submitted to the higher committee and its approval (chuẩn y), once.
create table congress_election_results (
    congress_id          uuid primary key references congress (id),
    submitted_at         timestamptz  not null,
    submitted_by         varchar(200) not null,
    decision_number      varchar(100),
    approved_on          date,
    approving_body_id    uuid,
    approving_body_name  varchar(300),
    approved_by          varchar(200),
    approved_at          timestamptz,
    version              bigint       not null
);
