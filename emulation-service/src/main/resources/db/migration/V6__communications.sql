-- Communications of the movement (§II.2, §II.4, §II.8, §III.3): press coverage, the web page, the TV report, the
-- journal and the tradition room. One row per thing the office records; files in communication_file.

-- A press item (tin, bài viết, phóng sự) about the movement; counted in the month of published_on.
create table press_item (
    id            uuid primary key,
    movement_id   uuid          not null references movement (id),
    outlet        varchar(300)  not null,
    kind          varchar(60)   not null,
    published_on  date          not null,
    title         varchar(500)  not null,
    link          varchar(2000),
    created_at    timestamptz   not null default now(),
    created_by    varchar(200)  not null
);
create index press_item_movement_published on press_item (movement_id, published_on);

-- The months press.month-missed.v1 was published for: once per movement and month, whichever replica scans.
create table press_month_announced (
    movement_id   uuid          not null references movement (id),
    month         varchar(7)    not null,
    announced_at  timestamptz   not null default now(),
    primary key (movement_id, month)
);

-- The movement's page on the bloc's website (chuyên trang) and its posts.
create table web_page (
    movement_id   uuid primary key references movement (id),
    url           varchar(2000) not null,
    live_from     date          not null,
    -- live after the plan's day (webPage.liveFrom)
    late          boolean       not null,
    version       bigint        not null
);
create table web_post (
    id            uuid primary key,
    movement_id   uuid          not null references movement (id),
    title         varchar(500)  not null,
    published_on  date          not null,
    link          varchar(2000),
    created_at    timestamptz   not null default now(),
    created_by    varchar(200)  not null
);
create index web_post_movement on web_post (movement_id, published_on);

-- The thematic TV report (phóng sự chuyên đề), one per movement.
create table tv_report (
    movement_id   uuid primary key references movement (id),
    title         varchar(500)  not null,
    station       varchar(300)  not null,
    minutes       integer       not null,
    aired_on      date,
    version       bigint        not null
);

-- The journal's articles, each from one source group of journal.sourceGroups, and its publication.
create table journal_article (
    id            uuid primary key,
    movement_id   uuid          not null references movement (id),
    title         varchar(500)  not null,
    author        varchar(300)  not null,
    source_group  varchar(60)   not null,
    created_at    timestamptz   not null default now(),
    created_by    varchar(200)  not null
);
create index journal_article_movement on journal_article (movement_id, source_group);
create table journal_publication (
    movement_id   uuid primary key references movement (id),
    published_on  date          not null,
    copies        integer       not null,
    -- the due date as it stood when published (the meeting's date + journal.due.offsetDays)
    due_on        date          not null,
    late          boolean       not null,
    created_at    timestamptz   not null default now(),
    created_by    varchar(200)  not null
);

-- The tradition room's exhibits (hiện vật, tư liệu, ảnh) and its completion.
create table tradition_exhibit (
    id            uuid primary key,
    movement_id   uuid          not null references movement (id),
    title         varchar(500)  not null,
    kind          varchar(60)   not null,
    source        varchar(500)  not null,
    period        varchar(200)  not null,
    created_at    timestamptz   not null default now(),
    created_by    varchar(200)  not null
);
create index tradition_exhibit_movement on tradition_exhibit (movement_id);
create table tradition_room_completion (
    movement_id   uuid primary key references movement (id),
    completed_on  date          not null,
    due_by        date          not null,
    late          boolean       not null,
    version       bigint        not null
);

-- Photos and files of the journal's articles and of the exhibits, kept in the database (size limit in settings).
create table communication_file (
    id            uuid primary key,
    movement_id   uuid          not null references movement (id),
    -- JOURNAL_ARTICLE | TRADITION_EXHIBIT
    owner_kind    varchar(30)   not null,
    owner_id      uuid          not null,
    file_name     varchar(300)  not null,
    content_type  varchar(200)  not null,
    size_bytes    integer       not null,
    content       bytea         not null,
    created_at    timestamptz   not null default now(),
    created_by    varchar(200)  not null
);
create index communication_file_owner on communication_file (owner_id);
