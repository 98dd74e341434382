package vn.dangbo.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The manifests as a cluster would receive them: each kustomization rendered by {@code kubectl kustomize} (the
 * tool a platform team applies them with, so nothing here re-implements kustomize), split into its objects.
 *
 * <p>kubectl needs no cluster to render. When it is not on the PATH the tests fail naming it rather than pass
 * without having looked at the manifests.
 */
public final class Manifests {

    public static final Path ROOT = Path.of(System.getProperty("dangbo.repository.root", "../..")).toAbsolutePath()
            .normalize();
    public static final Path K8S = ROOT.resolve("deploy/k8s");
    /** The kustomizations a platform team applies: the base alone is not applied, but must render too. */
    public static final List<String> KUSTOMIZATIONS = List.of("base", "overlays/dev", "overlays/prod");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<Path, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    /** {@code kubectl kustomize deploy/k8s/<kustomization>}, e.g. {@code overlays/prod}. */
    public static List<ObjectNode> render(String kustomization) {
        return render(K8S.resolve(kustomization));
    }

    /** Renders any kustomization directory (a negative fixture's too); cached per directory. */
    public static List<ObjectNode> render(Path directory) {
        return RENDERED.computeIfAbsent(directory.toAbsolutePath().normalize(), Manifests::kustomize);
    }

    /** Splits a multi-document YAML text into its objects. */
    public static List<ObjectNode> parse(String yaml) {
        try {
            List<ObjectNode> objects = new ArrayList<>();
            var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(YAML.getFactory().createParser(yaml));
            while (values.hasNext()) {
                JsonNode node = values.next();
                if (node != null && node.isObject() && !node.isEmpty()) {
                    objects.add((ObjectNode) node);
                }
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the repository as UTF-8 text. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one object of that kind and name; fails naming what is missing. */
    public static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream()
                .filter(o -> kind.equals(o.path("kind").asText()) && name.equals(o.at("/metadata/name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    public static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    private static List<ObjectNode> kustomize(Path directory) {
        if (!Files.isRegularFile(directory.resolve("kustomization.yaml"))) {
            throw new AssertionError("no kustomization.yaml in " + directory);
        }
        ProcessBuilder builder = new ProcessBuilder(kubectl(), "kustomize", directory.toString())
                .redirectErrorStream(false);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errReader = new Thread(() -> copy(process.getErrorStream(), err));
            errReader.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + directory + " did not finish in 60 s");
            }
            errReader.join();
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed: "
                        + err.toString(StandardCharsets.UTF_8));
            }
            return List.copyOf(parse(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + directory, e);
        }
    }

    private static String kubectl() {
        String explicit = System.getenv("KUBECTL");
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError("kubectl is not on the PATH: the manifests are rendered with `kubectl kustomize`"
                + " (no cluster needed). Install kubectl 1.27 or newer (kustomize v5), or point KUBECTL at one.");
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the process ended; what was read is enough for the message
        }
    }
}
