-- One place that expands a folded name into its name keys: the name from each of its words on, with that word
-- ("nguyen van an": "nguyen van an"/"nguyen", "van an"/"van", "an"/"an"). V11's trigger wrote the expansion out
-- three times (keys inserted, keys deleted and inserted on update). A plain SQL function, so the planner inlines
-- it into the trigger's statements (no call per member: a national import adds millions of rows in one statement).
create function member_name_keys(name_search varchar) returns table (name_key text, word text)
    language sql immutable parallel safe as $$
    select array_to_string(w.words[i:], ' '), w.words[i]
    from (select string_to_array(name_search, ' ') as words) w, generate_subscripts(w.words, 1) as i
    where name_search <> ''
$$;

create or replace function member_name_keys_follow() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        -- the old keys are found by the old name and list order (the ordered index), not by a member index
        delete from member_name_key k
        using old_rows o join new_rows n on n.id = o.id
            cross join lateral member_name_keys(o.name_search) old_key
        where k.name_key = old_key.name_key and k.sort_key = coalesce(o.sort_key, '') and k.member_id = o.id
            and (o.name_search is distinct from n.name_search or o.sort_key is distinct from n.sort_key
                or o.organisation_id is distinct from n.organisation_id or o.state is distinct from n.state);
        insert into member_name_key (name_key, word, sort_key, member_id, organisation_id, state)
        select new_key.name_key, new_key.word, coalesce(n.sort_key, ''), n.id, n.organisation_id, n.state
        from old_rows o join new_rows n on n.id = o.id
            cross join lateral member_name_keys(n.name_search) new_key
        where o.name_search is distinct from n.name_search or o.sort_key is distinct from n.sort_key
            or o.organisation_id is distinct from n.organisation_id or o.state is distinct from n.state;
    else
        insert into member_name_key (name_key, word, sort_key, member_id, organisation_id, state)
        select new_key.name_key, new_key.word, coalesce(n.sort_key, ''), n.id, n.organisation_id, n.state
        from new_rows n cross join lateral member_name_keys(n.name_search) new_key;
    end if;
    return null;
end
$$;
