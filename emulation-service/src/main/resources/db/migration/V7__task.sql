-- The plan's task board (§III, tổ chức thực hiện): each assignment of the movement's settings section "tasks",
-- loaded at launch. A task due by an anchor (the meeting) keeps its rule, so moving the anchor moves its due day.
create table task (
    id                     uuid primary key,
    movement_id            uuid          not null references movement (id),
    block_no               int           not null,
    position               int           not null,
    key                    varchar(60)   not null,
    title                  varchar(1000) not null,
    owner_code             varchar(40)   not null,
    owner_name             varchar(300)  not null,
    -- [{"code": "BTG", "name": "Ban Tuyên giáo Đảng ủy Khối"}, ...]
    helpers                jsonb         not null,
    due_date               date,
    due_anchor             varchar(40),
    due_offset_days        int,
    due_on                 date          not null,
    -- TODO | IN_PROGRESS | DONE
    status                 varchar(20)   not null,
    note                   varchar(2000),
    done_at                timestamptz,
    -- the calendar's SEQUENCE of the task's event: raised whenever the event a subscriber holds changes
    sequence               int           not null default 0,
    -- the due day the overdue scan last announced (task.overdue.v1 once per task and due day)
    overdue_announced_for  date,
    version                bigint        not null,
    check ((due_date is null) <> (due_anchor is null)),
    unique (movement_id, key)
);
create index task_movement on task (movement_id, position);
create index task_anchor on task (movement_id, due_anchor) where due_anchor is not null;
create index task_not_done on task (due_on) where status <> 'DONE';
