-- One event may call for several documents, one of each type: a scheduled congress issues its notice (TB), its
-- programme (CTr) and, for an all-member congress, its attendee list (DS). A redelivered or replayed event, or the
-- same event on a second replica, still issues each at most once: the key is now (event, type).
alter table issued_document drop constraint issued_document_source_event_id_key;
create unique index issued_document_event_type on issued_document (source_event_id, type)
    where source_event_id is not null;
