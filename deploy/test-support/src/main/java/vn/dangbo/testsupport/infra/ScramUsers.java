package vn.dangbo.testsupport.infra;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.errors.SaslAuthenticationException;

/** SCRAM users of a broker's SASL listener, created the way Strimzi's User Operator does: through the Admin API. */
final class ScramUsers {

    private static final Duration ACCEPTED_WITHIN = Duration.ofSeconds(20);

    private ScramUsers() {
    }

    static void upsert(KafkaServer kafka, String user, String password) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password)))
                    .all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create the SCRAM user " + user + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        awaitAccepted(kafka, user, password);
    }

    /**
     * The controller commits the credential, then the broker applies it from the metadata log: until then a login
     * fails. Describing the cluster needs no ACL, so it works as a login probe with and without the authorizer.
     */
    private static void awaitAccepted(KafkaServer kafka, String user, String password) {
        long deadline = System.nanoTime() + ACCEPTED_WITHIN.toNanos();
        Map<String, Object> settings = new HashMap<>(kafka.saslClientSettings(user, password));
        settings.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        try (Admin admin = Admin.create(settings)) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof SaslAuthenticationException) || System.nanoTime() > deadline) {
                        throw new IllegalStateException("the SASL listener does not accept " + user + ": " + e, e);
                    }
                    Thread.sleep(100);
                }
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("the SASL listener did not answer for " + user, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
