-- Every result a match was given, in order: the first as entered, then each correction, a forfeit, a walkover.
-- tournament_match holds the current one; this keeps who entered what and when (GET .../matches/{id}/history).
create table match_result (
    id              uuid primary key,
    match_id        uuid          not null references tournament_match (id),
    -- 1 = the first result, 2.. = its corrections
    revision        integer       not null check (revision > 0),
    -- PLAYED | FORFEIT | DOUBLE_FORFEIT
    state           varchar(20)   not null,
    -- the set scores [{home, away}] (a forfeit: the rules' forfeit score; a double forfeit: none)
    sets            jsonb         not null,
    winner_team_id  uuid references team (id),
    -- a forfeit: HOME | AWAY | BOTH, the side that did not play
    forfeited       varchar(10),
    -- the office's note on a result, or the reason of a forfeit
    note            varchar(1000),
    -- the warnings the score had when entered (an unusual set), as shown then
    warnings        jsonb         not null,
    recorded_by     varchar(200)  not null,
    recorded_at     timestamptz   not null,
    unique (match_id, revision)
);
