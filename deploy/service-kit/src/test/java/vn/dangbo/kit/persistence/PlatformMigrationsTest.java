package vn.dangbo.kit.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangbo.testsupport.infra.PostgresServer;

/**
 * The platform migrations run first in every service's database (locations {@code db/platform,db/migration}),
 * on fresh databases and on databases a service migrated before a platform migration was added (the local
 * stack's): a new platform migration must be taken by both, and leave the registry's own audit table as it is.
 */
class PlatformMigrationsTest {

    /** The platform's versioned migrations before the audit trail came to the kit. */
    private static final List<String> EARLIER_PLATFORM = List.of("V0_1__outbox_inbox.sql",
            "V0_2__outbox_tombstones.sql");
    private static final String AUDIT_COLUMNS = "id bigint not null, entity character varying(40) not null, "
            + "entity_id uuid not null, action character varying(40) not null, actor character varying(200) not null, "
            + "at timestamp with time zone not null, before jsonb, after jsonb";

    private static PostgresServer postgres;

    @TempDir
    Path files;

    @BeforeAll
    static void start() {
        postgres = PostgresServer.start(null, 0);
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void aFreshServiceDatabaseGetsTheAuditTrail() throws Exception {
        Path service = serviceMigrations("fresh", "create table congress (id uuid primary key);");
        migrate("platform_fresh", "classpath:db/platform", service);
        assertEquals(AUDIT_COLUMNS, columns("platform_fresh", "audit_entry"));
        assertEquals(List.of("audit_entry_entity"), indexes("platform_fresh", "audit_entry"));
    }

    /** A versioned platform migration below the service's own would fail this: Flyway refuses to validate it. */
    @Test
    void aDatabaseMigratedBeforeTakesTheAuditTrailAfterItsOwnMigrations() throws Exception {
        Path earlier = earlierPlatform();
        Path service = serviceMigrations("existing", "create table congress (id uuid primary key);");
        migrate("platform_existing", "filesystem:" + earlier, service);

        migrate("platform_existing", "classpath:db/platform", service);
        assertEquals(AUDIT_COLUMNS, columns("platform_existing", "audit_entry"));
    }

    @Test
    void theRegistrysOwnAuditTableAndItsEntriesStayAsTheyAre() throws Exception {
        // the registry created the table in its V2, with the shape the kit now owns
        Path earlier = earlierPlatform();
        Path service = serviceMigrations("registry", """
                create table audit_entry (
                    id          bigint generated always as identity primary key,
                    entity      varchar(40)  not null,
                    entity_id   uuid         not null,
                    action      varchar(40)  not null,
                    actor       varchar(200) not null,
                    at          timestamptz  not null default now(),
                    before      jsonb,
                    after       jsonb
                );
                create index audit_entry_entity on audit_entry (entity, entity_id, id);
                insert into audit_entry (entity, entity_id, action, actor, after)
                values ('member', '6f1c2a52-5d7e-4c39-9a55-0d7f4f3f2b10', 'REGISTERED', 'admin', '{"version": 0}');
                """);
        migrate("platform_registry", "filesystem:" + earlier, service);

        migrate("platform_registry", "classpath:db/platform", service);
        assertEquals(AUDIT_COLUMNS, columns("platform_registry", "audit_entry"));
        assertEquals(List.of("audit_entry_entity"), indexes("platform_registry", "audit_entry"));
        assertTrue(rows("platform_registry", "select action from audit_entry").contains("REGISTERED"));
    }

    private void migrate(String database, String platformLocation, Path service) {
        postgres.createDatabase(database);
        Flyway.configure().dataSource(postgres.jdbcUrl(database), postgres.username(), postgres.password())
                .locations(platformLocation, "filesystem:" + service).load().migrate();
    }

    private Path earlierPlatform() throws IOException {
        Path dir = Files.createDirectories(files.resolve("earlier-platform"));
        for (String name : EARLIER_PLATFORM) {
            try (InputStream in = getClass().getResourceAsStream("/db/platform/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }

    /** A service's own migrations: its first, and a later one, as a database in use has. */
    private Path serviceMigrations(String name, String first) throws IOException {
        Path dir = Files.createDirectories(files.resolve(name));
        Files.writeString(dir.resolve("V1__first.sql"), first);
        Files.writeString(dir.resolve("V12__later.sql"), "create table later_" + name + " (id bigint);");
        return dir;
    }

    private String columns(String database, String table) throws SQLException {
        return String.join(", ", rows(database, "select column_name || ' ' || data_type"
                + " || coalesce('(' || character_maximum_length || ')', '')"
                + " || case when is_nullable = 'NO' then ' not null' else '' end from information_schema.columns"
                + " where table_name = '" + table + "' order by ordinal_position"));
    }

    private List<String> indexes(String database, String table) throws SQLException {
        return rows(database, "select indexname from pg_indexes where tablename = '" + table
                + "' and indexname not like '%_pkey' order by indexname");
    }

    private List<String> rows(String database, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = postgres.connect(database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
