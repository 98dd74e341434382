-- Issue 3 item 10: counting a province or the whole country must not read millions of member rows.
-- For every bloc committee (the levels above grassroots: the whole deployment, a province, a district) the
-- members on the list in its subtree are kept counted by the dimensions of the statistics report: full or
-- probationary, sex, Kinh or not; a second table keeps them by birthday, as age bands depend on the counting date. Both are
-- kept in step with the member and organisation tables by statement triggers (also for COPY), in the writing
-- transaction; vn.dangbo.registry.member.MemberCountService reads them.
create table subtree_tally (
    organisation_id  uuid        not null,
    full_member      boolean     not null,
    sex              varchar(10) not null,
    kinh             boolean     not null,
    members          bigint      not null,
    primary key (organisation_id, full_member, sex, kinh)
);

create table subtree_birthday_tally (
    organisation_id  uuid   not null,
    birth_date       date   not null,
    members          bigint not null,
    primary key (organisation_id, birth_date)
);

-- A counting date after the last effective date of any step needs no history at all.
create index member_event_effective_date on member_event (effective_date);

-- The statement that adds counted members to the tallies of each bloc committee above their cell. "counted" is a
-- query giving signed numbers of members: (organisation_id, full_member, sex, kinh, birth_date, n). Returned as
-- text and run with EXECUTE by the trigger functions themselves, because only they see the transition tables.
create function subtree_tally_statement(counted text) returns text language sql immutable as $f$
    select format($q$
        with counted (organisation_id, full_member, sex, kinh, birth_date, n) as (%s),
        blocs as (
            select c.organisation_id, a.id as bloc
            from (select distinct organisation_id from counted) c
            join organisation o on o.id = c.organisation_id
            cross join lateral unnest(string_to_array(trim(both '/' from o.path), '/')) as p(ancestor)
            join organisation a on a.id = p.ancestor::uuid and a.type = 'BLOC_COMMITTEE'),
        by_month as (
            insert into subtree_tally as t (organisation_id, full_member, sex, kinh, members)
            select b.bloc, c.full_member, c.sex, c.kinh, sum(c.n)
            from counted c join blocs b using (organisation_id)
            group by 1, 2, 3, 4
            on conflict (organisation_id, full_member, sex, kinh)
                do update set members = t.members + excluded.members
            returning 1)
        insert into subtree_birthday_tally as t (organisation_id, birth_date, members)
        select b.bloc, c.birth_date, sum(c.n)
        from counted c join blocs b using (organisation_id)
        group by 1, 2
        on conflict (organisation_id, birth_date) do update set members = t.members + excluded.members
        $q$, counted)
$f$;

create function member_tally() returns trigger language plpgsql as $$
declare
    facts constant text := 'organisation_id, status = ''FULL'', sex, lower(ethnicity) = ''kinh'', birth_date';
begin
    if tg_op = 'INSERT' then
        execute subtree_tally_statement('select ' || facts || ', count(*) from new_rows where state = ''ACTIVE'' '
            || 'group by 1, 2, 3, 4, 5');
    elsif tg_op = 'DELETE' then
        execute subtree_tally_statement('select ' || facts || ', -count(*) from old_rows where state = ''ACTIVE'' '
            || 'group by 1, 2, 3, 4, 5');
    else
        -- only the rows whose counted facts changed: most updates are a version bump or a record correction
        execute subtree_tally_statement($q$
            select organisation_id, full_member, sex, kinh, birth_date, sum(n) from (
                select r.organisation_id, r.status = 'FULL' as full_member, r.sex, lower(r.ethnicity) = 'kinh' as kinh,
                       r.birth_date, case when r.side = 'new' then 1 else -1 end as n
                from (select 'old' as side, * from old_rows union all select 'new', * from new_rows) r
                join old_rows o on o.id = r.id join new_rows n on n.id = r.id
                where r.state = 'ACTIVE'
                  and (o.organisation_id, o.status, o.sex, o.ethnicity, o.birth_date, o.state)
                      is distinct from (n.organisation_id, n.status, n.sex, n.ethnicity, n.birth_date, n.state)
            ) x group by 1, 2, 3, 4, 5 having sum(n) <> 0
            $q$);
    end if;
    return null;
end
$$;

create trigger member_tally_insert after insert on member
    referencing new table as new_rows for each statement execute function member_tally();
create trigger member_tally_update after update on member
    referencing old table as old_rows new table as new_rows for each statement execute function member_tally();
create trigger member_tally_delete after delete on member
    referencing old table as old_rows for each statement execute function member_tally();

-- A subtree moved (or merged) under another parent: the members of each organisation whose path changed leave
-- the tallies of the bloc committees above it and join those of its new ancestors (a bloc committee on both
-- paths keeps them).
create function organisation_tally() returns trigger language plpgsql as $$
begin
    with moved as (
        select o.id, o.path as old_path, n.path as new_path
        from old_rows o join new_rows n on n.id = o.id where o.path <> n.path),
    counted as (
        select m.organisation_id, m.status = 'FULL' as full_member, m.sex, lower(m.ethnicity) = 'kinh' as kinh,
               m.birth_date, count(*) as n
        from member m join moved t on t.id = m.organisation_id
        where m.state = 'ACTIVE'
        group by 1, 2, 3, 4, 5),
    changes as (
        select t.id as organisation_id, a.ancestor::uuid as bloc, -1 as sign
        from moved t cross join lateral unnest(string_to_array(trim(both '/' from t.old_path), '/')) a(ancestor)
        union all
        select t.id, a.ancestor::uuid, 1
        from moved t cross join lateral unnest(string_to_array(trim(both '/' from t.new_path), '/')) a(ancestor)),
    blocs as (
        select c.organisation_id, c.bloc, sum(c.sign) as sign
        from changes c join organisation b on b.id = c.bloc and b.type = 'BLOC_COMMITTEE'
        group by 1, 2 having sum(c.sign) <> 0),
    by_month as (
        insert into subtree_tally as t (organisation_id, full_member, sex, kinh, members)
        select b.bloc, c.full_member, c.sex, c.kinh, sum(b.sign * c.n)
        from counted c join blocs b using (organisation_id)
        group by 1, 2, 3, 4
        on conflict (organisation_id, full_member, sex, kinh)
            do update set members = t.members + excluded.members
        returning 1)
    insert into subtree_birthday_tally as t (organisation_id, birth_date, members)
    select b.bloc, c.birth_date, sum(b.sign * c.n)
    from counted c join blocs b using (organisation_id)
    group by 1, 2
    on conflict (organisation_id, birth_date) do update set members = t.members + excluded.members;
    return null;
end
$$;

create trigger organisation_tally_update after update on organisation
    referencing old table as old_rows new table as new_rows for each statement execute function organisation_tally();

-- The members registered before this migration.
do $$
begin
    execute subtree_tally_statement('select organisation_id, status = ''FULL'', sex, lower(ethnicity) = ''kinh'', '
        || 'birth_date, count(*) from member where state = ''ACTIVE'' group by 1, 2, 3, 4, 5');
end
$$;
