-- The calendar of a province (GET /rounds/{id}/calendar.ics?organisationId=, /organisations/{id}/calendar.ics): its
-- ~830 congresses found by the subtree's path prefix, then each one's ~12 documents. Measured on a national round
-- (52,000 congresses, 627,000 documents), both scans read from the index alone: the subtree's organisations with
-- their names (30 pages instead of one heap page per organisation), each congress' documents with what the feed
-- shows (about 3 pages per congress instead of 15): the statement takes about half the time.
create index known_organisation_subtree on known_organisation (path varchar_pattern_ops) include (id, name);
create index congress_document_calendar on congress_document (congress_id)
    include (code, kind, name, due_date, sequence);
