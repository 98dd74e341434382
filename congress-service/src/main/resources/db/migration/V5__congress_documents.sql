-- The plan's document checklist and agenda a round follows (checklists/<id>.json, agendas/<id>.json), and the date
-- it sets for deadlines anchored on the round (the committee's drafts, approved by the body above by that date).
alter table congress_round add column checklist_id varchar(40);
alter table congress_round add column agenda_id varchar(40);
alter table congress_round add column committee_drafts_due date;
update congress_round set checklist_id = '2020-office', agenda_id = '2020-office';
alter table congress_round alter column checklist_id set not null;
alter table congress_round alter column agenda_id set not null;

-- One document a congress owes (its checklist), written when the congress is scheduled; moving the congress moves
-- due_date. A draft is done when approved, an after-report when submitted.
create table congress_document (
    congress_id            uuid         not null references congress (id),
    code                   varchar(60)  not null,
    -- the item's place in the plan's list
    position               integer      not null,
    -- DRAFT | AFTER_REPORT
    kind                   varchar(20)  not null,
    name                   varchar(500) not null,
    -- the body approving the draft or receiving the after-report
    body                   varchar(300) not null,
    -- null while the round has not set the date the deadline hangs on
    due_date               date,
    -- DUE | SUBMITTED | APPROVED
    status                 varchar(20)  not null,
    submitted_on           date,
    document_id            uuid,
    document_symbol        varchar(100),
    approved_on            date,
    approved_by            varchar(200),
    -- the due date whose overdue event went out: once per due date, re-armed when the congress moves
    overdue_announced_for  date,
    -- raised on every change of the item (calendar SEQUENCE)
    sequence               integer      not null default 0,
    version                bigint       not null,
    primary key (congress_id, code)
);
-- The overdue scan reads only items not done whose due date passed and whose overdue event has not gone out.
create index congress_document_pending on congress_document (due_date)
    where status <> 'APPROVED' and due_date is not null;
create index congress_document_by_document on congress_document (document_id) where document_id is not null;
