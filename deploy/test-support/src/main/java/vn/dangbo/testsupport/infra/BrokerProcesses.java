package vn.dangbo.testsupport.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Finding and stopping broker children. The child is recorded in {@code broker.pid} rather than only held as a
 * {@link Process}, so an instance in another class loader (Quarkus restarts) or a later JVM can find it too.
 */
final class BrokerProcesses {

    private BrokerProcesses() {
    }

    /** Loads this class; see KafkaServer's static initializer. */
    static void load() {
        // loading and initialising the class is the point
    }

    static void writePid(Path pidFile, long pid) {
        try {
            Files.write(pidFile, Long.toString(pid).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The broker child recorded in {@code pidFile}, if it is alive and really our broker. */
    static Optional<ProcessHandle> brokerFromPidFile(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(new String(Files.readAllBytes(pidFile), StandardCharsets.US_ASCII).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(BrokerProcesses::isBroker);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops a child this instance launched: closing its standard input makes BrokerMain shut Kafka down
     * cleanly; it is terminated, then killed, only when that takes longer than {@code timeout}.
     */
    static void stopChild(Process child, OutputStream childStdinOrNull, Duration timeout) {
        try {
            if (childStdinOrNull != null) {
                childStdinOrNull.close(); // BrokerMain: end of input -> clean shutdown -> halt
            }
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                child.destroy();
                if (!child.waitFor(5, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                    child.waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
        }
    }

    /**
     * Stops a broker known only by its pid (its standard input belongs to another instance): SIGTERM lets
     * BrokerMain's shutdown hook stop Kafka cleanly; it is killed when that takes longer than 15 s.
     */
    static void terminate(ProcessHandle p) {
        p.destroy();
        if (!awaitExit(p, Duration.ofSeconds(15))) {
            p.destroyForcibly();
            awaitExit(p, Duration.ofSeconds(5));
        }
    }

    /**
     * A broker still running on this directory: if its launcher (a JVM) is alive, the directory is in use
     * and starting fails; a broker whose launcher is gone (it normally stops by itself on end of input) is
     * stopped.
     */
    static void stopOrphanedBroker(Path pidFile) {
        brokerFromPidFile(pidFile).ifPresent(p -> {
            Optional<ProcessHandle> launcher = p.parent().filter(ProcessHandle::isAlive)
                    .filter(parent -> parent.info().command().orElse("").contains("java"));
            if (launcher.isPresent()) {
                throw new IllegalStateException(pidFile.getParent() + " is in use by the Kafka broker " + p.pid()
                        + " of the running JVM " + launcher.get().pid()
                        + (launcher.get().pid() == ProcessHandle.current().pid() ? " (this one)" : ""));
            }
            terminate(p);
        });
    }

    /**
     * Whether the process runs BrokerMain (not a process that got a recycled pid). ProcessHandle.Info cuts
     * long command lines (our classpath), so Linux's /proc is read directly.
     */
    private static boolean isBroker(ProcessHandle p) {
        Path cmdline = Paths.get("/proc", Long.toString(p.pid()), "cmdline");
        if (Files.isReadable(cmdline)) {
            try {
                return new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).contains(BrokerLauncher.MAIN_CLASS);
            } catch (IOException e) {
                return false;
            }
        }
        return p.info().commandLine().map(c -> c.contains(BrokerLauncher.MAIN_CLASS))
                .orElseGet(() -> p.info().command().orElse("").contains("java"));
    }

    private static boolean awaitExit(ProcessHandle p, Duration timeout) {
        try {
            p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }
}
