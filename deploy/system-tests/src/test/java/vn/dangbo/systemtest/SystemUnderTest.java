package vn.dangbo.systemtest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import vn.dangbo.testsupport.stack.DangboStack;

/** The four packaged services on one PostgreSQL and one Kafka, started once for all system tests. */
final class SystemUnderTest {

    private static DangboStack stack;

    private SystemUnderTest() {
    }

    static synchronized DangboStack stack() {
        if (stack == null) {
            Path root = Path.of(System.getProperty("dangbo.repository.root", "../..")).toAbsolutePath().normalize();
            stack = DangboStack.start(new DangboStack.Settings(root, null, 0, 0, true,
                    DangboStack.External.none(), java.util.Set.of()));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "system-under-test-stop"));
        }
        return stack;
    }

    static String url(String module) {
        return stack().service(module).baseUrl();
    }

    static String admin() {
        return stack().tokens().admin();
    }

    /** An officer of the organisation (and its subtree). */
    static String officer(java.util.UUID organisation) {
        return stack().tokens().officer(organisation.toString());
    }

    static Connection database(String name) throws SQLException {
        return DriverManager.getConnection(stack().jdbcUrl(name), stack().databaseUser(), stack().databasePassword());
    }
}
