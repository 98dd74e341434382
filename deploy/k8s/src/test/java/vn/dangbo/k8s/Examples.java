package vn.dangbo.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The objects of deploy/k8s/examples (e.g. a provincial subscriber's KafkaUser): applied by hand, checked alike. */
final class Examples {

    static final Path DIRECTORY = Manifests.K8S.resolve("examples");

    private Examples() {
    }

    /** Every object of every YAML file under examples/ (kustomization files excepted); none when there is none. */
    static List<ObjectNode> objects() {
        if (!Files.isDirectory(DIRECTORY)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(DIRECTORY)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .filter(f -> !f.getFileName().toString().startsWith("kustomization."))
                    .sorted()
                    .flatMap(f -> Manifests.parse(Manifests.read(f)).stream())
                    .filter(o -> !"Kustomization".equals(o.path("kind").asText()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
