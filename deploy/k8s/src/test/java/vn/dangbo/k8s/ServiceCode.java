package vn.dangbo.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the services' own sources say the manifests must match, read as text (this module depends on no service):
 * the database each one uses, the path roots of its HTTP API, the PostgreSQL extensions its migrations create.
 */
final class ServiceCode {

    static final List<String> SERVICES = List.of("registry-service", "congress-service", "emulation-service",
            "docs-service");

    private static final Pattern CLASS_PATH = Pattern.compile("^@Path\\(\"([^\"]*)\"\\)", Pattern.MULTILINE);
    private static final Pattern METHOD_PATH = Pattern.compile("^\\s+@Path\\(\"([^\"]*)\"\\)", Pattern.MULTILINE);
    private static final Pattern CREATE_EXTENSION = Pattern.compile(
            "create\\s+extension\\s+(?:if\\s+not\\s+exists\\s+)?\"?([a-z0-9_]+)\"?", Pattern.CASE_INSENSITIVE);

    private ServiceCode() {
    }

    static Properties properties(String service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Manifests.ROOT.resolve(service).resolve("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The database named by the service's own {@code quarkus.datasource.jdbc.url}, e.g. {@code registry}. */
    static String database(String service) {
        String url = properties(service).getProperty("quarkus.datasource.jdbc.url");
        if (url == null) {
            throw new AssertionError(service + " names no quarkus.datasource.jdbc.url");
        }
        String path = url.replaceFirst("\\?.*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The first path segment of every endpoint: a resource class' {@code @Path}, or for a class at {@code /} the
     * paths of its methods ({@code members}, {@code imports}...); and the static files it serves (the event
     * catalogue under {@code events/}).
     */
    static Set<String> apiRoots(String service) {
        Set<String> roots = new TreeSet<>();
        Path staticFiles = Manifests.ROOT.resolve(service).resolve("src/main/resources/META-INF/resources");
        if (Files.isDirectory(staticFiles)) {
            try (Stream<Path> list = Files.list(staticFiles)) {
                list.forEach(p -> roots.add(p.getFileName().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path file : files(Manifests.ROOT.resolve(service).resolve("src/main/java"), ".java")) {
            String source = Manifests.read(file);
            Matcher classPath = CLASS_PATH.matcher(source);
            if (!classPath.find()) {
                continue;
            }
            String root = firstSegment(classPath.group(1));
            if (!root.isEmpty()) {
                roots.add(root);
                continue;
            }
            Matcher methodPath = METHOD_PATH.matcher(source);
            while (methodPath.find()) {
                String segment = firstSegment(methodPath.group(1));
                if (!segment.isEmpty()) {
                    roots.add(segment);
                }
            }
        }
        return roots;
    }

    /** Every extension a migration of the service (or of the kit's platform tables) creates. */
    static Set<String> extensions(String service) {
        Set<String> extensions = new TreeSet<>();
        List<Path> migrations = Stream.concat(
                files(Manifests.ROOT.resolve(service).resolve("src/main/resources/db"), ".sql").stream(),
                files(Manifests.ROOT.resolve("deploy/service-kit/src/main/resources/db"), ".sql").stream()).toList();
        for (Path migration : migrations) {
            Matcher matcher = CREATE_EXTENSION.matcher(Manifests.read(migration));
            while (matcher.find()) {
                extensions.add(matcher.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return extensions;
    }

    private static String firstSegment(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        int end = trimmed.length();
        for (char stop : new char[] {'/', '{'}) {
            int at = trimmed.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return trimmed.substring(0, end);
    }

    private static List<Path> files(Path directory, String suffix) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
