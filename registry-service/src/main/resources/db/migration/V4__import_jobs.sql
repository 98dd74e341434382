-- Member imports run as jobs: the client polls the progress and reads the per-row report.
create table import_job (
    id              uuid primary key,
    status          varchar(20)  not null,
    dry_run         boolean      not null,
    total_rows      integer      not null default 0,
    processed_rows  integer      not null default 0,
    imported        integer      not null default 0,
    skipped         integer      not null default 0,
    invalid         integer      not null default 0,
    report          jsonb,
    message         varchar(2000),
    created_by      varchar(200) not null,
    created_at      timestamptz  not null default now(),
    finished_at     timestamptz
);
