package vn.dangbo.testsupport.infra;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The classpath of the broker's child JVM, built from the {@code vn/dangbo/kafka/broker.classpath} resource
 * that Maven writes into {@code vn.dangbo:kafka-broker}: the broker's dependencies never meet the caller's.
 */
final class BrokerClasspath {

    private static final String CLASSPATH_RESOURCE = "vn/dangbo/kafka/broker.classpath";

    private BrokerClasspath() {
    }

    /**
     * The kafka-broker jar (or classes directory) holding BrokerMain, then every artifact its
     * {@code broker.classpath} resource lists.
     */
    static String resolve() {
        URL url = KafkaServer.class.getClassLoader().getResource(CLASSPATH_RESOURCE);
        // under Quarkus class loading the resource may be visible only to the caller's class loader
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (url == null && context != null) {
            url = context.getResource(CLASSPATH_RESOURCE);
        }
        if (url == null) {
            throw new IllegalStateException(CLASSPATH_RESOURCE + " is not on the classpath: add the dependency"
                    + " vn.dangbo:kafka-broker (through vn.dangbo:test-support) and build it with Maven");
        }
        String listed;
        try (InputStream in = url.openStream()) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
        Path location = brokerLocation(url);
        // a clear message beats the child's ClassNotFoundException buried in broker.log
        List<String> missing = new ArrayList<>();
        for (String entry : listed.split(File.pathSeparator)) {
            if (!entry.isBlank() && !Files.exists(Paths.get(entry.trim()))) {
                missing.add(entry.trim());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the Kafka broker's artifacts are missing from the local Maven"
                    + " repository (rebuild vn.dangbo:kafka-broker): " + missing);
        }
        return location + File.pathSeparator + listed;
    }

    private static Path brokerLocation(URL url) {
        String s = url.toString();
        try {
            if (s.startsWith("jar:")) {
                // jar:file:/.../kafka-broker-<version>.jar!/vn/dangbo/kafka/broker.classpath
                int bang = s.indexOf("!/");
                return Paths.get(new URI(s.substring("jar:".length(), bang)));
            }
            if ("file".equals(url.getProtocol())) {
                // file:/.../target/classes/vn/dangbo/kafka/broker.classpath
                Path file = Paths.get(url.toURI());
                return file.getParent().getParent().getParent().getParent();
            }
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot tell where " + url + " comes from", e);
        }
        throw new IllegalStateException("cannot tell where " + url + " comes from (neither a jar nor a directory)");
    }
}
