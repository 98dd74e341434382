package vn.dangbo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one image recipe (deploy/k8s/Dockerfile.jvm) runs as the numeric non-root user the pods declare, from a pinned
 * base image, with every temporary file under /tmp (the pods' only writable place). Whether it copies what a packaged
 * service contains is checked in deploy/system-tests, which has the packaged services.
 */
class ImageRecipeTest {

    private static final Pattern USER = Pattern.compile("^USER\\s+(\\S+)\\s*$", Pattern.MULTILINE);

    private static String recipe() throws IOException {
        return Files.readString(Manifests.K8S.resolve("Dockerfile.jvm"));
    }

    @Test
    void runsAsTheNumericNonRootUserThePodsDeclare() throws IOException {
        Matcher user = USER.matcher(recipe());
        String last = null;
        while (user.find()) {
            last = user.group(1);
        }
        assertTrue(last != null && last.matches("\\d+(:\\d+)?"), "the last USER is numeric (uid[:gid]): " + last);
        String[] ids = last.split(":");
        for (String id : ids) {
            assertFalse(id.equals("0"), "never root: USER " + last);
        }
        for (String overlay : List.of("overlays/dev", "overlays/prod")) {
            for (var workload : WorkloadPolicy.workloads(Manifests.render(overlay))) {
                var context = WorkloadPolicy.podTemplate(workload).at("/spec/securityContext");
                assertEquals(Integer.parseInt(ids[0]), context.path("runAsUser").asInt(),
                        workload.at("/metadata/name").asText() + " runs as the image's user");
                if (ids.length > 1) {
                    assertEquals(Integer.parseInt(ids[1]), context.path("runAsGroup").asInt());
                }
            }
        }
    }

    @Test
    void startsFromAPinnedBaseAndCopiesThePackagedService() throws IOException {
        String recipe = recipe();
        Matcher from = Pattern.compile("^FROM\\s+(\\S+)", Pattern.MULTILINE).matcher(recipe);
        assertTrue(from.find(), "a FROM line");
        assertTrue(OverlaysTest.pinned(from.group(1)), "base image pinned: " + from.group(1));
        assertTrue(recipe.contains("${SERVICE}/target/quarkus-app/"), "built from the packaged service");
    }

    @Test
    void writesTemporaryFilesOnlyUnderTmp() throws IOException {
        String recipe = recipe();
        assertTrue(recipe.contains("-Djava.io.tmpdir=/tmp"), "java.io.tmpdir in /tmp");
        assertTrue(recipe.contains("-Dpdfbox.fontcache=/tmp"), "PDFBox's font cache in /tmp, not the read-only $HOME");
    }
}
