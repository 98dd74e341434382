-- An award decision (quyết định khen thưởng) of the bloc's standing committee: one form, its recipients (award rows).
-- docs-service issues it and answers with its number, symbol and date (docs.documents.v1).
create table award_decision (
    id                uuid primary key,
    movement_id       uuid          not null references movement (id),
    form_code         varchar(60)   not null,
    decided_on        date          not null,
    basis             jsonb         not null,
    reason            varchar(2000) not null,
    decided_by        varchar(200)  not null,
    document_id       uuid,
    document_number   integer,
    document_symbol   varchar(100),
    issued_on         date,
    version           bigint        not null,
    created_at        timestamptz   not null default now()
);
create index award_decision_movement on award_decision (movement_id);

-- A proposal (tờ trình) of a form reserved to a higher body (the provincial committee's Bằng khen): the higher
-- body decides; its outcome (number, date) is recorded when it comes back.
create table award_proposal (
    id                 uuid primary key,
    movement_id        uuid          not null references movement (id),
    form_code          varchar(60)   not null,
    proposed_to        varchar(300)  not null,
    proposed_on        date          not null,
    reason             varchar(2000) not null,
    proposed_by        varchar(200)  not null,
    outcome_number     varchar(100),
    outcome_decided_on date,
    document_id        uuid,
    document_symbol    varchar(100),
    version            bigint        not null,
    created_at         timestamptz   not null default now()
);
create index award_proposal_movement on award_proposal (movement_id);

-- The award a nomination became (the award id is the nomination id): by a decision of the bloc, or proposed to
-- and decided by a higher body; its certificate's number once docs-service issued it.
create table award (
    nomination_id          uuid primary key references nomination (id),
    movement_id            uuid          not null references movement (id),
    form_code              varchar(60)   not null,
    -- whether it takes a place of the movement's quota (the form's countsTowardQuota when decided)
    counts_toward_quota    boolean       not null,
    decision_id            uuid references award_decision (id),
    proposal_id            uuid references award_proposal (id),
    certificate_document_id uuid,
    certificate_number     integer,
    certificate_symbol     varchar(100),
    certificate_issued_on  date,
    presented_at           timestamptz,
    version                bigint        not null,
    created_at             timestamptz   not null default now()
);
create index award_movement on award (movement_id);
create index award_decision_awards on award (decision_id);
create index award_proposal_awards on award (proposal_id);
