-- Issue 3 item 10: a subtree filter on millions of members must not join the organisation tree per query.
-- Each member row carries the path of its cell (as organisation.path), so "members of this province" is a
-- prefix condition the planner can combine with the name order index or answer from the path index.
-- Written by the registry when a member is registered or changes cell; when an organisation moves (or a merge
-- moves its children), the trigger below rewrites the paths of the members of every organisation whose path
-- changed, in the same statement's transaction.
alter table member add column organisation_path varchar(4000);
update member m set organisation_path = o.path from organisation o where o.id = m.organisation_id;
alter table member alter column organisation_path set not null;
create index member_organisation_path on member (organisation_path varchar_pattern_ops);

create function member_paths_follow_organisations() returns trigger language plpgsql as $$
begin
    update member m set organisation_path = n.path
    from old_rows o join new_rows n on n.id = o.id
    where o.path <> n.path and m.organisation_id = n.id;
    return null;
end
$$;

create trigger organisation_member_paths after update on organisation
    referencing old table as old_rows new table as new_rows
    for each statement execute function member_paths_follow_organisations();
