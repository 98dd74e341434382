package vn.dangbo.kit.health;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.dangbo.kit.messaging.KafkaClientConfig;

/**
 * Ready only when the Kafka cluster answers (the database check comes with the datasource). It connects with the
 * channels' {@code kafka.*} security settings: a service whose credentials Kafka refuses is not ready, even though
 * the broker's port answers.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    private final KafkaClientConfig kafkaConfig;
    private final String bootstrapServers;
    private volatile Admin admin;

    public KafkaReadinessCheck(KafkaClientConfig kafkaConfig,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.kafkaConfig = kafkaConfig;
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                    .nodes().get(3, TimeUnit.SECONDS).size();
            return HealthCheckResponse.named("Kafka").up().withData("bootstrap.servers", bootstrapServers)
                    .withData("nodes", nodes).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("Kafka").down().withData("bootstrap.servers", bootstrapServers)
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    // its own short timeouts win: a probe must answer before Kubernetes gives up on it
                    admin = Admin.create(kafkaConfig.admin(Map.of(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                            AdminClientConfig.CLIENT_ID_CONFIG, "readiness")));
                }
            }
        }
        return admin;
    }

    void onStop(@Observes ShutdownEvent event) {
        if (admin != null) {
            admin.close();
        }
    }
}
