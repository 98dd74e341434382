package vn.dangbo.testsupport.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for the child's {@link KafkaServer#READY_PREFIX} line: BrokerMain prints it once the broker accepts
 * requests, so the caller needs no polling.
 */
final class BrokerReadiness {

    private BrokerReadiness() {
    }

    /**
     * Copies the child's output to {@code logFile} (for as long as it runs) and waits until it is ready.
     *
     * @throws ExecutionException when the child exits first (the cause says with which exit value)
     */
    static void await(Process child, Path logFile, Duration timeout)
            throws TimeoutException, ExecutionException, InterruptedException {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> pumpStdout(child, logFile, ready), "dangbo-kafka-output-" + child.pid());
        pump.setDaemon(true);
        pump.start();
        child.onExit().thenRun(() -> ready.completeExceptionally(
                new IllegalStateException("the Kafka JVM exited with " + child.exitValue())));
        ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void pumpStdout(Process child, Path logFile, CompletableFuture<Void> ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             OutputStream log = Files.newOutputStream(logFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith(KafkaServer.READY_PREFIX)) {
                    ready.complete(null);
                }
                log.write((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
                log.flush();
            }
        } catch (IOException ignored) {
            // the child is gone
        }
    }
}
