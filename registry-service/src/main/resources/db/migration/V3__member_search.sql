-- Accent-insensitive name search and Vietnamese list order, both computed in Java at write time
-- (vn.dangbo.registry.text.VietnameseText); rows written before this migration are filled at start-up.
alter table member add column name_search varchar(200);
alter table member add column sort_key varchar(800) collate "C";
create index member_sort on member (sort_key, id);
create index member_name_prefix on member (name_search varchar_pattern_ops);

-- A trigram index makes "contains" searches fast; where pg_trgm is not installed the search still works
-- (the prefix index and the filters narrow it), so its absence must not stop the migration.
do $$
begin
    create extension if not exists pg_trgm;
    execute 'create index member_name_trgm on member using gin (name_search gin_trgm_ops)';
exception when others then
    raise notice 'pg_trgm not available (%); name search runs without a trigram index', sqlerrm;
end
$$;
