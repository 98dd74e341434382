-- Issue 3 item 10: a search page is the first members in list order among those that match. Collecting every
-- match and sorting it is cheap for a rare name but takes seconds for "thi an" or "an" over 5.6 million members,
-- and filters such as "women born in the 1970s in a province" read tens of thousands of member rows to fill a page.
--
-- 1. Name keys carry the list order (sort_key) and the member's organisation, and are also indexed by their first
--    word then list order: a search for a common word reads that word's keys in list order and stops at a page,
--    checking the rest of the name and the subtree in the index; a rare name is still collected by its key range
--    and sorted (MemberSearchPlan chooses). Kept by the statement triggers, also when a member changes cell.
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
    primary key (name_key, member_id) include (sort_key, organisation_id)
);
create index member_name_key_word on member_name_key (word, sort_key, member_id) include (name_key, organisation_id);
create index member_name_key_member on member_name_key (member_id);

create function member_name_keys_follow() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from member_name_key k using old_rows o join new_rows n on n.id = o.id
            where k.member_id = o.id and (o.name_search is distinct from n.name_search
                or o.sort_key is distinct from n.sort_key or o.organisation_id is distinct from n.organisation_id);
        insert into member_name_key (name_key, word, sort_key, member_id, organisation_id)
        select array_to_string(w.words[i:], ' '), w.words[i], coalesce(n.sort_key, ''), n.id, n.organisation_id
        from old_rows o join new_rows n on n.id = o.id
        cross join lateral (select string_to_array(n.name_search, ' ') as words) w
        cross join lateral generate_subscripts(w.words, 1) as i
        where (o.name_search is distinct from n.name_search or o.sort_key is distinct from n.sort_key
                or o.organisation_id is distinct from n.organisation_id) and n.name_search <> ''
        on conflict do nothing;
    else
        insert into member_name_key (name_key, word, sort_key, member_id, organisation_id)
        select array_to_string(w.words[i:], ' '), w.words[i], coalesce(n.sort_key, ''), n.id, n.organisation_id
        from new_rows n
        cross join lateral (select string_to_array(n.name_search, ' ') as words) w
        cross join lateral generate_subscripts(w.words, 1) as i
        where n.name_search <> ''
        on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger member_name_keys_insert after insert on member
    referencing new table as new_rows for each statement execute function member_name_keys_follow();
create trigger member_name_keys_update after update on member
    referencing old table as old_rows new table as new_rows for each statement execute function member_name_keys_follow();

insert into member_name_key (name_key, word, sort_key, member_id, organisation_id)
select array_to_string(w.words[i:], ' '), w.words[i], coalesce(m.sort_key, ''), m.id, m.organisation_id
from member m
cross join lateral (select string_to_array(m.name_search, ' ') as words) w
cross join lateral generate_subscripts(w.words, 1) as i
where m.name_search <> ''
on conflict do nothing;

drop index member_sort;
create index member_sort on member (sort_key, id)
    include (organisation_id, status, state, sex, birth_date, ethnicity, name_search);
-- 3. A small subtree's members (a grassroots committee's list) in list order per cell, from the index alone.
drop index member_organisation;
create index member_organisation on member (organisation_id, sort_key, id)
    include (status, state, sex, birth_date, ethnicity, name_search);
