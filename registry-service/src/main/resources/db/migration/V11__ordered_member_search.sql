-- Issue 3 item 10: a search page is the first members in list order among those that match. Collecting every
-- match and sorting it is cheap for a rare name but takes seconds for "thi an" or "an" over 5.6 million members,
-- and filters such as "women born in the 1970s in a province" read tens of thousands of member rows to fill a page.
--
-- 1. Name keys carry the list order (sort_key) and the member's organisation, indexed by key then list order and by
--    first word then list order. A rare name is collected by its key range and sorted; a common name is read in
--    list order along each key (several words) or each word (one word) it begins, checking the subtree in the
--    index, stopping at a page (MemberSearchQuery chooses). Kept by the statement triggers, also when a member
--    changes cell or leaves the list.
-- 2. The list-order index of members carries the filter columns (and the folded name), so a filtered list is
--    read from the index alone.
drop trigger member_name_keys_insert on member;
drop trigger member_name_keys_update on member;
drop function member_name_keys_follow();
drop table member_name_key;

create table member_name_key (
    name_key         varchar(200) collate "C" not null,
    word             varchar(200) collate "C" not null,
    sort_key         varchar(800) collate "C" not null,
    member_id        uuid not null,
    organisation_id  uuid not null,
    -- on the list or not (member.state): every search filters on it, so it is read from the index too
    state            varchar(10) not null
);

create function member_name_keys_follow() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        -- the old keys are found by the old name and list order (the ordered index), not by a member index
        delete from member_name_key k
        using old_rows o join new_rows n on n.id = o.id
            cross join lateral (select string_to_array(o.name_search, ' ') as words) w
            cross join lateral generate_subscripts(w.words, 1) as i
        where k.name_key = array_to_string(w.words[i:], ' ') and k.sort_key = coalesce(o.sort_key, '')
            and k.member_id = o.id
            and (o.name_search is distinct from n.name_search or o.sort_key is distinct from n.sort_key
                or o.organisation_id is distinct from n.organisation_id or o.state is distinct from n.state);
        insert into member_name_key (name_key, word, sort_key, member_id, organisation_id, state)
        select array_to_string(w.words[i:], ' '), w.words[i], coalesce(n.sort_key, ''), n.id, n.organisation_id, n.state
        from old_rows o join new_rows n on n.id = o.id
        cross join lateral (select string_to_array(n.name_search, ' ') as words) w
        cross join lateral generate_subscripts(w.words, 1) as i
        where (o.name_search is distinct from n.name_search or o.sort_key is distinct from n.sort_key
                or o.organisation_id is distinct from n.organisation_id or o.state is distinct from n.state)
            and n.name_search <> '';
    else
        insert into member_name_key (name_key, word, sort_key, member_id, organisation_id, state)
        select array_to_string(w.words[i:], ' '), w.words[i], coalesce(n.sort_key, ''), n.id, n.organisation_id, n.state
        from new_rows n
        cross join lateral (select string_to_array(n.name_search, ' ') as words) w
        cross join lateral generate_subscripts(w.words, 1) as i
        where n.name_search <> '';
    end if;
    return null;
end
$$;

create trigger member_name_keys_insert after insert on member
    referencing new table as new_rows for each statement execute function member_name_keys_follow();
create trigger member_name_keys_update after update on member
    referencing old table as old_rows new table as new_rows for each statement execute function member_name_keys_follow();

insert into member_name_key (name_key, word, sort_key, member_id, organisation_id, state)
select array_to_string(w.words[i:], ' '), w.words[i], coalesce(m.sort_key, ''), m.id, m.organisation_id, m.state
from member m
cross join lateral (select string_to_array(m.name_search, ' ') as words) w
cross join lateral generate_subscripts(w.words, 1) as i
where m.name_search <> '';
-- the indexes after the rows: one sort each instead of millions of inserts
create index member_name_key_ordered on member_name_key (name_key, sort_key, member_id) include (organisation_id, state);
create index member_name_key_word on member_name_key (word, sort_key, member_id) include (organisation_id, state);

drop index member_sort;
create index member_sort on member (sort_key, id)
    include (organisation_id, status, state, sex, birth_date, ethnicity, name_search);
-- 3. A subtree's organisations from the path index alone (a search passes them as a list of ids).
drop index organisation_path;
create index organisation_path on organisation (path varchar_pattern_ops) include (id);
-- 4. The planner's figures for a case-blind ethnicity filter (otherwise guessed at 0.5 %).
create statistics member_ethnicity_folded on (lower(ethnicity)) from member;
-- 5. A small subtree's members (a grassroots committee's list) in list order per cell, from the index alone.
drop index member_organisation;
create index member_organisation on member (organisation_id, sort_key, id)
    include (status, state, sex, birth_date, ethnicity, name_search);
