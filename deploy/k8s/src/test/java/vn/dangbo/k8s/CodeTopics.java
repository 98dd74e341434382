package vn.dangbo.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The topics each service uses, read from its sources and configuration as text (this module depends on no service):
 * what its outbox relay produces, what its channels consume, where its dead letters go and under which consumer
 * group it reads. The manifests' KafkaTopics and KafkaUsers are checked against this, so a topic added in the code
 * fails the build until the manifests know it.
 *
 * <p>Produced: the first argument of the calls that put a record in the outbox — {@code Outbox.publish(...)},
 * {@code publishTombstone(...)}, the bulk {@code BulkEvents.publish(...)}, and the kit's {@code Change.event(...)},
 * {@code snapshot(...)}, {@code tombstone(...)} that the ChangeRecorder turns into outbox records — when it is a
 * string literal or a {@code static final String} constant of the module (qualified, unqualified or statically
 * imported); any other first argument is not a topic (e.g. {@code publication.publish(congress, ...)}). Also
 * {@code mp.messaging.outgoing.*.topic}. Consumed: {@code mp.messaging.incoming.*.topic} (the channel name when
 * absent), dead-letter topics {@code mp.messaging.incoming.*.dead-letter-queue.topic}, the group
 * {@code group.id} or else {@code quarkus.application.name}, as SmallRye Kafka does. Profiles other than
 * {@code %prod} are ignored: the prod profile is what runs in a cluster.
 */
public final class CodeTopics {

    public static final List<String> SERVICES = List.of("registry-service", "congress-service", "emulation-service",
            "docs-service");

    /** What one service does on Kafka. {@code consumersPerReplica}: SmallRye's {@code partitions} per topic. */
    public record Service(String name, Set<String> produced, Set<String> snapshots, Set<String> consumed,
            Set<String> deadLetters, Set<String> groups, Map<String, Integer> consumersPerReplica,
            Set<String> topicConstants) {

        /** Every topic it writes to: produced ones and its dead-letter topics. */
        public Set<String> written() {
            return union(produced, deadLetters);
        }

        public Set<String> all() {
            return union(written(), consumed);
        }
    }

    private static final Pattern TOPIC_NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
    private static final Pattern CONSTANT = Pattern.compile("\\bstatic\\s+final\\s+String\\s+(\\w+)\\s*=\\s*([^;]+);"
            + "|\\bfinal\\s+static\\s+String\\s+(\\w+)\\s*=\\s*([^;]+);");
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|record|enum)\\s+([A-Z]\\w*)");
    private static final Pattern STATIC_IMPORT = Pattern.compile(
            "import\\s+static\\s+[\\w.]*?\\.([A-Z]\\w*)\\.(\\w+|\\*)\\s*;");
    private static final Pattern PUBLICATION = Pattern.compile(
            "\\.\\s*(publish|publishTombstone|event|snapshot|tombstone)\\s*\\(");
    private static final Set<String> SNAPSHOT_CALLS = Set.of("publishTombstone", "snapshot", "tombstone");
    private static final Pattern CONSTANT_REFERENCE = Pattern.compile("(?:[A-Z]\\w*\\.)*[A-Z][A-Z0-9_]*");
    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.(.+)");
    private static final Pattern OUTGOING = Pattern.compile("mp\\.messaging\\.outgoing\\.([^.]+)\\.(.+)");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    private static volatile List<Service> all;

    private CodeTopics() {
    }

    /** The four services, read once. */
    public static List<Service> all() {
        if (all == null) {
            all = SERVICES.stream().map(s -> read(s, Manifests.ROOT.resolve(s))).toList();
        }
        return all;
    }

    public static Service service(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no service " + name + " among " + SERVICES));
    }

    /** Every topic some service produces, consumes or sends dead letters to. */
    public static Set<String> topics() {
        return all().stream().flatMap(s -> s.all().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The topics some service passes to a snapshot or tombstone call: log-compacted. */
    public static Set<String> snapshotTopics() {
        return all().stream().flatMap(s -> s.snapshots().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    public static Set<String> deadLetterTopics() {
        return all().stream().flatMap(s -> s.deadLetters().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Reads one service module: {@code src/main/java} and {@code src/main/resources/application.properties}. */
    public static Service read(String name, Path module) {
        Sources sources = new Sources(javaFiles(module.resolve("src/main/java")),
                javaFiles(Manifests.ROOT.resolve("deploy/service-kit/src/main/java")));
        Set<String> produced = new TreeSet<>();
        Set<String> snapshots = new TreeSet<>();
        for (SourceFile file : sources.own) {
            Matcher call = PUBLICATION.matcher(file.text());
            while (call.find()) {
                String argument = firstArgument(file.text(), call.end());
                String topic = sources.topic(argument, file, call.start());
                if (topic != null) {
                    produced.add(topic);
                    if (SNAPSHOT_CALLS.contains(call.group(1))) {
                        snapshots.add(topic);
                    }
                }
            }
        }
        Set<String> topicConstants = new TreeSet<>();
        for (SourceFile file : sources.own) {
            for (TypeScope type : file.types()) {
                type.constants().forEach((constant, value) -> {
                    if (constant.contains("TOPIC")) {
                        topicConstants.add(sources.resolve(value.expression(), file, value.position()));
                    }
                });
            }
        }

        Map<String, String> config = configuration(module.resolve("src/main/resources/application.properties"));
        Set<String> consumed = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Map<String, Integer> consumersPerReplica = new TreeMap<>();
        for (String channel : channels(config, INCOMING)) {
            String prefix = "mp.messaging.incoming." + channel + ".";
            if (Boolean.parseBoolean(config.get(prefix + "pattern"))) {
                throw new AssertionError(name + ": channel " + channel + " subscribes by pattern; list its topics");
            }
            List<String> topics = channelTopics(config, prefix, channel);
            consumed.addAll(topics);
            int partitions = Integer.parseInt(config.getOrDefault(prefix + "partitions", "1"));
            topics.forEach(t -> consumersPerReplica.merge(t, partitions, Math::max));
            String deadLetter = config.get(prefix + "dead-letter-queue.topic");
            if (deadLetter == null && "dead-letter-queue".equals(config.get(prefix + "failure-strategy"))) {
                deadLetter = "dead-letter-topic-" + channel; // SmallRye's default
            }
            if (deadLetter != null) {
                deadLetters.add(deadLetter);
            }
            String group = config.getOrDefault(prefix + "group.id",
                    config.getOrDefault("kafka.group.id", config.get("quarkus.application.name")));
            if (group == null) {
                throw new AssertionError(name + ": channel " + channel + " has no group.id and the service no"
                        + " quarkus.application.name");
            }
            groups.add(group);
        }
        for (String channel : channels(config, OUTGOING)) {
            produced.addAll(channelTopics(config, "mp.messaging.outgoing." + channel + ".", channel));
        }
        return new Service(name, sorted(produced), sorted(snapshots), sorted(consumed), sorted(deadLetters),
                sorted(groups), Collections.unmodifiableMap(consumersPerReplica), sorted(topicConstants));
    }

    private static List<String> channelTopics(Map<String, String> config, String prefix, String channel) {
        String topics = config.get(prefix + "topics");
        if (topics != null) {
            return Stream.of(topics.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
        }
        return List.of(config.getOrDefault(prefix + "topic", channel));
    }

    private static Set<String> channels(Map<String, String> config, Pattern kind) {
        Set<String> channels = new TreeSet<>();
        for (String key : config.keySet()) {
            Matcher m = kind.matcher(key);
            if (m.matches()) {
                channels.add(m.group(1));
            }
        }
        return channels;
    }

    /** The configuration the prod profile sees, expressions with a default resolved. */
    static Map<String, String> configuration(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new TreeMap<>();
        Map<String, String> prod = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).trim();
            if (!key.startsWith("%")) {
                config.put(key, value);
            } else if (key.startsWith("%prod.")) {
                prod.put(key.substring("%prod.".length()), value);
            }
        }
        config.putAll(prod);
        config.replaceAll((key, value) -> expand(value, config, file));
        return config;
    }

    private static String expand(String value, Map<String, String> config, Path file) {
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = config.containsKey(m.group(1)) ? config.get(m.group(1)) : m.group(2);
            if (replacement == null) {
                throw new AssertionError(file + ": " + m.group() + " has no default; the topic is unknown");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text of the first argument of a call whose '(' ends at {@code start}, to its top-level ',' or ')'. */
    private static String firstArgument(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != '"') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                i = j;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ')') && depth == 0) {
                return text.substring(start, i).trim();
            }
        }
        return text.substring(start).trim();
    }

    private static List<SourceFile> javaFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new AssertionError("no sources at " + directory);
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().map(SourceFile::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> sorted(Set<String> set) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(set));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        return union;
    }

    /** A String constant: its initialising expression and where it stands (the scope its names resolve in). */
    private record Constant(String expression, int position) {
    }

    /** A class, interface, record or enum: its name, the span of its body, the String constants it declares. */
    private record TypeScope(String name, int start, int end, Map<String, Constant> constants) {
        boolean contains(int position) {
            return start <= position && position < end;
        }
    }

    /** One Java file without its comments: its types (nested ones too) and its static imports. */
    private record SourceFile(Path path, String text, List<TypeScope> types, Map<String, String> staticImports,
            List<String> staticImportsOnDemand) {

        static SourceFile read(Path path) {
            String text;
            try {
                text = withoutComments(Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String code = withoutStrings(text);
            List<TypeScope> types = new ArrayList<>();
            Matcher type = TYPE.matcher(code);
            while (type.find()) {
                int open = code.indexOf('{', type.end());
                if (open >= 0) {
                    types.add(new TypeScope(type.group(1), open, closing(code, open), new LinkedHashMap<>()));
                }
            }
            Matcher constant = CONSTANT.matcher(text);
            while (constant.find()) {
                String name = constant.group(1) != null ? constant.group(1) : constant.group(3);
                String expression = (constant.group(2) != null ? constant.group(2) : constant.group(4)).trim();
                int position = constant.start();
                types.stream().filter(t -> t.contains(position))
                        .min((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start()))
                        .ifPresent(t -> t.constants().put(name, new Constant(expression, position)));
            }
            Map<String, String> imports = new HashMap<>();
            List<String> onDemand = new ArrayList<>();
            Matcher imported = STATIC_IMPORT.matcher(text);
            while (imported.find()) {
                if (imported.group(2).equals("*")) {
                    onDemand.add(imported.group(1));
                } else {
                    imports.put(imported.group(2), imported.group(1));
                }
            }
            return new SourceFile(path, text, List.copyOf(types), imports, onDemand);
        }

        /** The types enclosing a position, innermost first. */
        List<TypeScope> enclosing(int position) {
            return types.stream().filter(t -> t.contains(position))
                    .sorted((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start())).toList();
        }

        private static int closing(String code, int open) {
            int depth = 0;
            for (int i = open; i < code.length(); i++) {
                if (code.charAt(i) == '{') {
                    depth++;
                } else if (code.charAt(i) == '}' && --depth == 0) {
                    return i;
                }
            }
            return code.length();
        }
    }

    /** A module's files (where calls are looked for) and the kit's (whose constants a module may name too). */
    private static final class Sources {
        final List<SourceFile> own;
        final Map<String, List<Map.Entry<SourceFile, TypeScope>>> byType = new HashMap<>();

        Sources(List<SourceFile> own, List<SourceFile> kit) {
            this.own = own;
            Stream.concat(own.stream(), kit.stream()).forEach(f -> f.types().forEach(
                    t -> byType.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(Map.entry(f, t))));
        }

        /** The topic a call's first argument names, or null when the argument is no literal or constant. */
        String topic(String argument, SourceFile file, int position) {
            if (!argument.startsWith("\"") && !CONSTANT_REFERENCE.matcher(argument).matches()) {
                return null;
            }
            String topic = resolve(argument, file, position);
            if (!TOPIC_NAME.matcher(topic).matches()) {
                throw new AssertionError(file.path() + ": " + argument + " = \"" + topic + "\" is passed where a topic"
                        + " goes but is no topic name; teach CodeTopics the difference");
            }
            return topic;
        }

        /** A String expression's value: literals, constants and their concatenations. */
        String resolve(String expression, SourceFile file, int position) {
            StringBuilder value = new StringBuilder();
            for (String part : expression.split("\\+")) {
                String p = part.trim();
                if (p.startsWith("\"") && p.endsWith("\"") && p.length() >= 2) {
                    value.append(p, 1, p.length() - 1);
                } else if (p.matches("[A-Za-z_]\\w*(\\.\\w+)*")) {
                    value.append(reference(p, file, position));
                } else {
                    throw new AssertionError(file.path() + ": cannot read the String value of " + expression);
                }
            }
            return value.toString();
        }

        private String reference(String reference, SourceFile file, int position) {
            String[] parts = reference.split("\\.");
            String name = parts[parts.length - 1];
            if (parts.length > 1) {
                return qualified(parts[parts.length - 2], name, file);
            }
            for (TypeScope scope : file.enclosing(position)) {
                Constant constant = scope.constants().get(name);
                if (constant != null) {
                    return resolve(constant.expression(), file, constant.position());
                }
            }
            if (file.staticImports().containsKey(name)) {
                return qualified(file.staticImports().get(name), name, file);
            }
            for (String type : file.staticImportsOnDemand()) {
                if (byType.getOrDefault(type, List.of()).stream()
                        .anyMatch(e -> e.getValue().constants().containsKey(name))) {
                    return qualified(type, name, file);
                }
            }
            throw new AssertionError(file.path() + ": " + reference + " is no String constant this file can see");
        }

        private String qualified(String type, String name, SourceFile from) {
            Set<String> values = new TreeSet<>();
            for (Map.Entry<SourceFile, TypeScope> declared : byType.getOrDefault(type, List.of())) {
                Constant constant = declared.getValue().constants().get(name);
                if (constant != null) {
                    values.add(resolve(constant.expression(), declared.getKey(), constant.position()));
                }
            }
            if (values.size() != 1) {
                throw new AssertionError(from.path() + ": " + type + "." + name + " resolves to "
                        + (values.isEmpty() ? "no String constant" : "several values " + values));
            }
            return values.iterator().next();
        }
    }

    /** The code with the contents of its string and char literals blanked (same length), for matching braces. */
    static String withoutStrings(String code) {
        StringBuilder out = new StringBuilder(code);
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? code.length() : end;
                for (int k = i + 3; k < end; k++) {
                    out.setCharAt(k, ' ');
                }
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != c) {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                for (int k = i + 1; k < Math.min(j, code.length()); k++) {
                    out.setCharAt(k, ' ');
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    /** The source without comments, string and text-block contents kept (a "//" in a URL is no comment). */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                out.append(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, n);
                out.append(source, i, j);
                i = j;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
