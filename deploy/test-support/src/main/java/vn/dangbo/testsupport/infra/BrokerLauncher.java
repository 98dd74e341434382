package vn.dangbo.testsupport.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Launches the broker's child JVM: its command line and process plumbing. */
final class BrokerLauncher {

    /** The child's main class; also how a pid is recognised as our broker (see {@link BrokerProcesses}). */
    static final String MAIN_CLASS = "vn.dangbo.kafka.BrokerMain";

    private BrokerLauncher() {
    }

    /**
     * Starts the child JVM in {@code root}; it is not ready yet (see {@link BrokerReadiness}). Its standard
     * input is a pipe the caller keeps open: BrokerMain stops when it reads end of file, so the broker dies
     * with this JVM even on SIGKILL.
     */
    static Process launch(List<String> command, Path root, Path logFile, String bootstrapServers, int controllerPort) {
        try {
            appendLog(logFile, "---- starting Kafka on " + bootstrapServers + " (controller " + controllerPort + ") at "
                    + Instant.now() + System.lineSeparator());
            return new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    // stdout is read for the READY line, then copied to the log
                    .redirectOutput(ProcessBuilder.Redirect.PIPE)
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot launch the Kafka JVM", e);
        }
    }

    /** The child's command line; fails early when the broker's artifacts cannot be found. */
    static List<String> command(Path root, BrokerPorts ports) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        // a small, quickly starting JVM: a test broker holds little data and lives for one test run
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-Djava.awt.headless=true");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(BrokerClasspath.resolve());
        command.add(MAIN_CLASS);
        command.add("--port");
        command.add(Integer.toString(ports.port()));
        command.add("--controller-port");
        command.add(Integer.toString(ports.controllerPort()));
        command.add("--data-dir");
        command.add(root.toString());
        command.add("--partitions");
        command.add(Integer.toString(ports.partitions()));
        if (ports.saslPort() > 0) {
            command.add("--sasl-port");
            command.add(Integer.toString(ports.saslPort()));
            if (ports.authorizer()) {
                command.add("--authorizer");
            }
            if (ports.tls()) {
                command.add("--ssl-keystore");
                command.add(KafkaServer.certificateAuthority(root).serverKeystore().toString());
                command.add("--ssl-keystore-password");
                command.add(CertificateAuthority.STORE_PASSWORD);
            }
        }
        return command;
    }

    private static void appendLog(Path logFile, String text) throws IOException {
        Files.write(logFile, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
