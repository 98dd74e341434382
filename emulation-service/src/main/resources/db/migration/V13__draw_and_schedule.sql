-- Draw and schedule (issue 14, item 9).

-- The lot's seed of the last draw: the same seed and teams draw the same groups and bracket again.
alter table tournament add column draw_random_seed bigint;

-- Each publication of the schedule (docs-service prints the lịch thi đấu once per publication): what was published,
-- so publishing again without a change publishes nothing new.
create table schedule_publication (
    id             uuid primary key,
    tournament_id  uuid          not null references tournament (id),
    -- SHA-256 of the matches as published (number, day, time, court, sides)
    content_hash   varchar(64)   not null,
    match_count    integer       not null,
    published_at   timestamptz   not null,
    published_by   varchar(200)  not null
);
create index schedule_publication_tournament on schedule_publication (tournament_id, published_at);
