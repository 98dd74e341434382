-- The round's ordering rules read single congresses, not the whole round (a national round holds about 52,000):
-- the lower congress that starts first (a pilot moved later stays before it) and the one that ends last (the
-- committee's comes after it). The organisation's own, the pilot's and the committee's congress are found through
-- congress_one_per_round (round_id, organisation_id); the lower organisations without a congress by walking
-- known_organisation down its parent_id index.
create index congress_round_start on congress (round_id, start_date) where status <> 'CANCELLED';
-- start_date + days is the day after the last: the same order as the end, and an immutable expression to index
create index congress_round_end on congress (round_id, (start_date + days)) where status <> 'CANCELLED';
