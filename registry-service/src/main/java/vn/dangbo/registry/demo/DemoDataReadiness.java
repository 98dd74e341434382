package vn.dangbo.registry.demo;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the demo bloc is being loaded: the local stack prints its URLs only after it is in. */
@Readiness
@ApplicationScoped
public class DemoDataReadiness implements HealthCheck {

    private final DemoDataLoader loader;

    public DemoDataReadiness(DemoDataLoader loader) {
        this.loader = loader;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Demo data").status(!loader.isLoading()).build();
    }
}
