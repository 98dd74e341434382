package vn.dangbo.testsupport.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.jwt.TokenIssuer;

/**
 * Quarkus loads test resources again in a new class loader at every application restart; the servers must
 * still be started only once per JVM.
 */
class RealInfrastructureTest {

    static {
        vn.dangbo.testsupport.QuietLogging.install();
    }

    @Test
    void startsOncePerJvmAndEveryClassLoaderSeesTheSameServers() throws Exception {
        RealInfrastructure registry = new RealInfrastructure();
        registry.init(Map.of("database", "registry"));
        Map<String, String> config = registry.start();
        registry.stop(); // Quarkus calls this at every restart: the servers must survive it

        assertEquals(RealInfrastructure.postgres().jdbcUrl("registry"), config.get("quarkus.datasource.jdbc.url"));
        assertEquals("postgres", config.get("quarkus.datasource.username"));
        assertEquals("postgres", config.get("quarkus.datasource.password"));
        assertEquals(RealInfrastructure.kafka().bootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertEquals("https://dangbo.local/auth", config.get("mp.jwt.verify.issuer"));
        assertTrue(Files.exists(Paths.get(config.get("mp.jwt.verify.publickey.location"))));
        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"), "postgres", "postgres");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database()")) {
            assertTrue(rs.next());
            assertEquals("registry", rs.getString(1));
        }

        // the same class in a second class loader, as after a Quarkus restart with another test profile
        URL classes = RealInfrastructure.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader restart = new ChildFirst(classes, RealInfrastructure.class.getClassLoader())) {
            Class<?> other = restart.loadClass(RealInfrastructure.class.getName());
            assertNotSame(RealInfrastructure.class, other);
            Object congress = other.getConstructor().newInstance();
            other.getMethod("init", Map.class).invoke(congress, Map.of("database", "congress"));
            @SuppressWarnings("unchecked")
            Map<String, String> config2 = (Map<String, String>) other.getMethod("start").invoke(congress);
            assertEquals(RealInfrastructure.postgres().jdbcUrl("congress"), config2.get("quarkus.datasource.jdbc.url"));
            assertEquals(config.get("kafka.bootstrap.servers"), config2.get("kafka.bootstrap.servers"));
            assertEquals(config.get("mp.jwt.verify.publickey.location"), config2.get("mp.jwt.verify.publickey.location"));

            // tokens minted in the other class loader verify with this one's key
            Object tokens = other.getMethod("tokens").invoke(null);
            Method admin = tokens.getClass().getMethod("admin");
            String token = (String) admin.invoke(tokens);
            new JwtConsumerBuilder().setVerificationKey(RealInfrastructure.tokens().publicKey())
                    .setExpectedIssuer(TokenIssuer.ISSUER).build().processToClaims(token);
        }
        try (Connection c = RealInfrastructure.postgres().connect("congress")) {
            assertTrue(c.isValid(2));
        }
    }

    @Test
    void theDatabaseArgumentIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new RealInfrastructure().init(Map.of()));
    }

    /** Loads vn.dangbo.testsupport classes itself, everything else from the parent. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL classes, ClassLoader parent) {
            super(new URL[] {classes}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("vn.dangbo.testsupport.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
