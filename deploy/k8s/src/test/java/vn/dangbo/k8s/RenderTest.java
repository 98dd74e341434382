package vn.dangbo.k8s;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Each kustomization renders with {@code kubectl kustomize}, as the platform team will apply it. */
class RenderTest {

    static final java.util.List<String> KUSTOMIZATIONS = Manifests.KUSTOMIZATIONS;

    @ParameterizedTest
    @FieldSource("KUSTOMIZATIONS")
    void rendersWithoutError(String kustomization) {
        assertFalse(Manifests.render(kustomization).isEmpty(), kustomization + " renders objects");
    }
}
