-- Document numbers: one run per issuing organisation, document type (TB, KH, NQ, ...) and committee term,
-- numbered from 01 (Hướng dẫn 36-HD/VPTW). Allocated by an upsert in the issuing transaction, so a number
-- is used exactly once and a rolled-back issue leaves no gap.
create table document_number_counter (
    issuer_id    uuid        not null,
    doc_type     varchar(10) not null,
    term         varchar(20) not null,
    last_number  integer     not null check (last_number >= 1),
    primary key (issuer_id, doc_type, term)
);

-- A document issued by this service. The content is the format-independent document (JSON), so it
-- renders again, identically, as PDF or DOCX on every download.
create table issued_document (
    id               uuid primary key,
    -- the type code of the number line: TB (thông báo), KH (kế hoạch), NQ (nghị quyết), ...
    type             varchar(10)   not null,
    number           integer       not null check (number >= 1),
    -- e.g. 01-TB/ĐU
    symbol           varchar(60)   not null,
    issuer_id        uuid          not null,
    issuer_name      varchar(300)  not null,
    title            varchar(1000) not null,
    -- what the document is about, e.g. the congress id
    related_to       varchar(200),
    -- the CloudEvent it was issued for: a second delivery never issues a second document
    source_event_id  varchar(200)  unique,
    content          jsonb         not null,
    created_by       varchar(200)  not null,
    created_at       timestamptz   not null,
    version          bigint        not null
);
create index issued_document_related on issued_document (related_to, type);
