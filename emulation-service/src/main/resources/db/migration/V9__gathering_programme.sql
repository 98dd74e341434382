-- The meeting's programme (§III.3, §III.8): the arts items the office enters (at most the plan's number), the
-- provincial secretary's letter as the office names it, and each publication docs-service prints (the CTr).
-- The event itself (gathering) is V8's.

create table programme_arts_item (
    id            uuid primary key,
    gathering_id  uuid          not null references gathering (id),
    -- the order on the programme (gaps left by a removed item are harmless: only the order counts)
    position      integer       not null,
    title         varchar(500)  not null,
    -- null: the plan's performer (the Youth Union)
    performer     varchar(300),
    created_by    varchar(200)  not null,
    created_at    timestamptz   not null default now(),
    unique (gathering_id, position)
);

-- The letter part: null title = the plan's (Thư chúc mừng của đồng chí Bí thư Tỉnh ủy); who reads it.
create table programme_letter (
    gathering_id  uuid primary key references gathering (id),
    title         varchar(500),
    reader        varchar(300),
    version       bigint        not null
);

-- Each publish of the programme: one programme.published.v1, one CTr (relatedTo = this id) from docs-service.
create table programme_publication (
    id               uuid primary key,
    gathering_id     uuid          not null references gathering (id),
    published_at     timestamptz   not null,
    published_by     varchar(200)  not null,
    item_count       integer       not null,
    -- the CTr docs-service issued for it, once it answered on docs.documents.v1
    document_id      uuid,
    document_number  integer,
    document_symbol  varchar(100),
    issued_on        date,
    content_url      varchar(1000)
);
create index programme_publication_gathering on programme_publication (gathering_id, published_at);
