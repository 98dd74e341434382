-- Issue 3 item 10: name search over millions of members. A trigram index answers "contains" but reads posting
-- lists of millions of entries for common syllables ("van", "thi", "an"), seconds per search at national size.
-- A name is searched by its words instead: each member has one key per word of the folded name, from that word to
-- the end ("nguyen van an", "van an", "an"), and a search is a prefix range on those keys in a btree. "nguyen van
-- an", "van an" and "an" all find Nguyễn Văn An; a search no longer matches inside a word ("guyen").
-- Kept by a statement trigger on member (also for COPY) in the writing transaction.
create table member_name_key (
    name_key   varchar(200) collate "C" not null,
    member_id  uuid not null,
    primary key (name_key, member_id)
);
create index member_name_key_member on member_name_key (member_id);

create function member_name_keys_follow() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from member_name_key k using old_rows o join new_rows n on n.id = o.id
            where k.member_id = o.id and o.name_search is distinct from n.name_search;
        insert into member_name_key (name_key, member_id)
        select array_to_string(w.words[i:], ' '), n.id
        from old_rows o join new_rows n on n.id = o.id
        cross join lateral (select string_to_array(n.name_search, ' ') as words) w
        cross join lateral generate_subscripts(w.words, 1) as i
        where o.name_search is distinct from n.name_search and n.name_search <> ''
        on conflict do nothing;
    else
        insert into member_name_key (name_key, member_id)
        select array_to_string(w.words[i:], ' '), n.id
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

insert into member_name_key (name_key, member_id)
select array_to_string(w.words[i:], ' '), m.id
from member m
cross join lateral (select string_to_array(m.name_search, ' ') as words) w
cross join lateral generate_subscripts(w.words, 1) as i
where m.name_search <> ''
on conflict do nothing;

-- The indexes of the "contains" search, no longer read (and costly to keep on every write).
drop index if exists member_name_trgm;
drop index if exists member_name_prefix;
