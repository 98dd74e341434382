-- The numbering register (Hướng dẫn 36-HD/VPTW): a run is per issuing body, committee term and run key. The
-- run key is the document type code (KH, QĐ, TB, ...), except for congress documents, which share one run per
-- congress: their run key is the congress id.
alter table document_number_counter add column run_key varchar(80);
update document_number_counter set run_key = doc_type;
alter table document_number_counter alter column run_key set not null;
alter table document_number_counter drop constraint document_number_counter_pkey;
alter table document_number_counter add primary key (issuer_id, term, run_key);
alter table document_number_counter drop column doc_type;

alter table issued_document alter column type type varchar(12);
alter table issued_document add column term varchar(20);
alter table issued_document add column run_key varchar(80);
-- the date printed on the document (ngày ... tháng ... năm ...): what listing by period filters on
alter table issued_document add column issued_on date;
-- a voided number stays in the register and is never allocated again
alter table issued_document add column status varchar(10) not null default 'ISSUED'
    check (status in ('ISSUED', 'VOIDED'));
alter table issued_document add column void_reason varchar(1000);
alter table issued_document add column voided_at timestamptz;
alter table issued_document add column voided_by varchar(200);
-- the files exactly as issued, so a download is byte-identical to what the hashes certify
alter table issued_document add column pdf bytea;
alter table issued_document add column docx bytea;
alter table issued_document add column pdf_sha256 char(64);
alter table issued_document add column docx_sha256 char(64);
-- how many individually addressed copies a batch (e.g. invitations) holds; 1 for an ordinary document
alter table issued_document add column copies integer not null default 1 check (copies >= 1);
-- page ranges of the copies inside the merged PDF, e.g. [1,2,3] = copy i starts at page pages[i]
alter table issued_document add column copy_first_pages jsonb;

create unique index issued_document_register on issued_document (issuer_id, term, run_key, number)
    where run_key is not null;
create index issued_document_listing on issued_document (type, issuer_id, issued_on);
