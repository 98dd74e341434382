-- An award decision issues one decision (QĐ) and one certificate (GK) per recipient from one event: several
-- documents of one type, each about its own subject (related_to: the decision, or the award). A redelivered or
-- replayed event, or the same event on a second replica, still issues each at most once: the key is now
-- (event, type, subject). The congress documents keep one per (event, type): their subject is the congress.
drop index issued_document_event_type;
create unique index issued_document_event_type_subject
    on issued_document (source_event_id, type, coalesce(related_to, ''))
    where source_event_id is not null;
