-- One award per nominee per movement, held by the database too: two requests nominating the same member at the same
-- moment cannot both pass the check of the first. A rejected nomination no longer holds the nominee
-- (NominationState.holdsTheNominee).
create unique index nomination_one_per_nominee on nomination (movement_id, nominee_id) where state <> 'REJECTED';

-- The list in Vietnamese order at national scale (50,000 nominations): a key whose byte order is that order
-- (collectives first, then individuals; NomineeOrder), paged by (sort_key, id) in SQL. The API always writes it; a
-- row written otherwise (a test's fixture) gets '' and is listed first.
alter table nomination add column sort_key varchar(1100) collate "C" not null default '';
create index nomination_movement_order on nomination (movement_id, sort_key, id);
create index nomination_movement_nominated_by on nomination (movement_id, nominated_by, sort_key, id);
