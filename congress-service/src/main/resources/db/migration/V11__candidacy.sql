-- Candidate lists (issue 12 item 2) and the order of elections (item 8).

-- A runoff or another round may be limited to names fixed when it is opened (the tied): no nomination then.
-- The approved list fixes what the ballots print: how many voters get one, the spares, the serial numbers.
alter table election
    add column fixed_list        boolean      not null default false,
    add column list_approved_at  timestamptz,
    add column list_approved_by  varchar(200),
    add column voters            integer check (voters >= 0),
    add column spare_ballots     integer check (spare_ballots >= 0),
    add column serial_prefix     varchar(20),
    add column first_serial      integer check (first_serial >= 1);

-- Who proposed a name (free text as the presidium records it, e.g. the delegate who nominated from the floor) and
-- who entered it; why a name was refused (the opinion ballot did not reach the threshold).
alter table election_candidate
    add column nominated_by    varchar(200),
    add column entered_by      varchar(200),
    add column refusal_reason  varchar(500);

-- The opinion ballot (biểu quyết lấy ý kiến) on a name from outside the convening committee's list: its tally as
-- entered, the threshold of the rule set it was held under and whether the name went on the list.
create table candidate_opinion_ballot (
    candidate_id       uuid primary key references election_candidate (id),
    present            integer      not null check (present >= 1),
    agree              integer      not null check (agree >= 0 and agree <= present),
    threshold_percent  integer      not null,
    accepted           boolean      not null,
    recorded_by        varchar(200) not null,
    recorded_at        timestamptz  not null,
    version            bigint       not null
);

-- A request to withdraw from a list and the congress' decision on it: approved (the name leaves the list) or
-- refused (it stays), with who decided (e.g. "Đại hội biểu quyết") and who entered it.
create table candidate_withdrawal (
    id            uuid primary key,
    candidate_id  uuid         not null references election_candidate (id),
    reason        varchar(1000) not null,
    approved      boolean      not null,
    decided_by    varchar(200) not null,
    recorded_by   varchar(200) not null,
    recorded_at   timestamptz  not null,
    version       bigint       not null
);
create index candidate_withdrawal_candidate on candidate_withdrawal (candidate_id);
