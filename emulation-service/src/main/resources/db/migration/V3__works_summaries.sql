-- A dedicated work (công trình, phần việc) a grassroots organisation registers for the movement (1 or 2 each, by
-- the settings), with its latest progress kept on the row so lists and flags need no aggregate over the reports.
create table work (
    id                uuid primary key,
    movement_id       uuid          not null references movement (id),
    organisation_id   uuid          not null,
    title             varchar(500)  not null,
    category_code     varchar(60)   not null,
    description       varchar(4000),
    target_date       date          not null,
    -- the day progress is expected from: the registration day, or the period's start when registered before it
    registered_on     date          not null,
    -- REGISTERED | IN_PROGRESS | COMPLETED
    status            varchar(20)   not null,
    percent           integer       not null default 0 check (percent between 0 and 100),
    last_reported_on  date,
    -- AHEAD | ON_TRACK | BEHIND | DONE
    flag              varchar(20)   not null,
    version           bigint        not null,
    created_at        timestamptz   not null default now(),
    created_by        varchar(200)  not null
);
-- the works of one organisation (the limit), and the anti-join of the missing-works list
create index work_movement_organisation on work (movement_id, organisation_id);

-- One progress report (báo cáo tiến độ) of a work, dated inside the movement's period.
create table work_progress (
    id           uuid primary key,
    work_id      uuid          not null references work (id),
    reported_on  date          not null,
    percent      integer       not null check (percent between 0 and 100),
    text         varchar(4000) not null,
    reported_by  varchar(200)  not null,
    reported_at  timestamptz   not null default now()
);
create index work_progress_work on work_progress (work_id, reported_on);

-- An evidence file of a progress report, kept in the database (the service owns its files).
create table work_evidence (
    id            uuid primary key,
    report_id     uuid          not null references work_progress (id),
    work_id       uuid          not null references work (id),
    file_name     varchar(300)  not null,
    content_type  varchar(200)  not null,
    size          bigint        not null,
    content       bytea         not null,
    uploaded_by   varchar(200)  not null,
    uploaded_at   timestamptz   not null default now()
);
create index work_evidence_report on work_evidence (report_id);

-- The summary report (báo cáo tổng kết đợt thi đua) of a taking organisation: one each, due before the settings'
-- day, late only under an override of the office (whose reason is kept).
create table summary_report (
    id               uuid primary key,
    movement_id      uuid          not null references movement (id),
    organisation_id  uuid          not null,
    text             text          not null,
    submitted_at     timestamptz   not null,
    late             boolean       not null default false,
    override_reason  varchar(1000),
    submitted_by     varchar(200)  not null,
    version          bigint        not null,
    unique (movement_id, organisation_id)
);
