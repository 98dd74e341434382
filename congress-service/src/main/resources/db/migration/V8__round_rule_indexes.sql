-- The round's ordering rules read single congresses, not the whole round (a national round holds about 52,000):
-- the lower congress that starts first (a pilot moved later stays before it) and the one that ends last (the
-- committee's comes after it). The organisation's own, the pilot's and the committee's congress are found through
-- congress_one_per_round (round_id, organisation_id); the lower organisations without a congress by walking
-- known_organisation down its parent_id index.
create index congress_round_start on congress (round_id, start_date) where status <> 'CANCELLED';
-- start_date + days is the day after the last: the same order as the end, and an immutable expression to index
create index congress_round_end on congress (round_id, (start_date + days)) where status <> 'CANCELLED';

-- The overdue list of a province (GET /rounds/{id}/overdue?organisationId=) reads about 10,700 items of its ~830
-- congresses on a national round (deploy/benchmarks/congress-bench); the calendar reads the same items. One index
-- covering what both read lets each scan the items from the index alone (the calendar's V7 index, without status,
-- body and position, left the overdue list reading the table): it replaces that one rather than being written beside
-- it on every item.
drop index congress_document_calendar;
create index congress_document_by_congress on congress_document (congress_id)
    include (code, kind, name, due_date, sequence, status, body, position);
