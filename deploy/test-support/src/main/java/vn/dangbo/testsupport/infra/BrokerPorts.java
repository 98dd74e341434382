package vn.dangbo.testsupport.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The ports of a broker, kept in its directory's {@code ports.properties}: the next start on that directory
 * reuses them, so clients configured with the old bootstrap address reach the new broker. The SASL listener's
 * access control and TLS are kept with them, so a restart or an {@link KafkaServer#attach attached} handle keeps
 * the listener a client was configured for.
 */
record BrokerPorts(int port, int controllerPort, int partitions, int saslPort, boolean authorizer, boolean tls) {

    private static final String FILE = "ports.properties";

    /**
     * Chooses the ports of a start on {@code root} and records them: {@code portOrZero}, else the ports of the
     * last start when still free, else free ones; the controller and the SASL listener (when {@code security}
     * asks for one) never share a port.
     */
    static BrokerPorts choose(Path root, int portOrZero, int partitions, KafkaServer.Security security) {
        Properties previous = read(root);
        int port = portOrZero > 0 ? portOrZero : reusable(previous, "port");
        int controllerPort = reusable(previous, "controller.port");
        while (controllerPort == port) {
            controllerPort = Files2.freePort();
        }
        int saslPort = 0;
        if (security.sasl()) {
            saslPort = reusable(previous, "sasl.port");
            while (saslPort == port || saslPort == controllerPort) {
                saslPort = Files2.freePort();
            }
        }
        BrokerPorts ports = new BrokerPorts(port, controllerPort, partitions, saslPort, security.authorizer(),
                security.tls());
        write(root, ports);
        return ports;
    }

    /** The ports the last start on {@code root} recorded. */
    static BrokerPorts recorded(Path root) {
        Properties ports = read(root);
        String port = ports.getProperty("port");
        String controllerPort = ports.getProperty("controller.port");
        if (port == null || controllerPort == null) {
            throw new IllegalStateException("no Kafka was started on " + root);
        }
        return new BrokerPorts(Integer.parseInt(port.trim()), Integer.parseInt(controllerPort.trim()),
                Integer.parseInt(ports.getProperty("partitions", "3").trim()),
                Integer.parseInt(ports.getProperty("sasl.port", "0").trim()),
                Boolean.parseBoolean(ports.getProperty("authorizer", "false").trim()),
                Boolean.parseBoolean(ports.getProperty("tls", "false").trim()));
    }

    private static Properties read(Path root) {
        Properties p = new Properties();
        Path file = root.resolve(FILE);
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException ignored) {
                // choose new ones
            }
        }
        return p;
    }

    private static int reusable(Properties previous, String key) {
        try {
            int port = Integer.parseInt(previous.getProperty(key, "0"));
            if (port > 0 && Files2.isPortFree(port)) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // choose a new one
        }
        return Files2.freePort();
    }

    private static void write(Path root, BrokerPorts ports) {
        String text = "# ports of the last Kafka started on this directory (vn.dangbo.testsupport.infra.KafkaServer)\n"
                + "port=" + ports.port() + "\ncontroller.port=" + ports.controllerPort() + "\npartitions="
                + ports.partitions() + "\n"
                + (ports.saslPort() > 0 ? "sasl.port=" + ports.saslPort() + "\nauthorizer=" + ports.authorizer()
                        + "\ntls=" + ports.tls() + "\n" : "");
        try {
            Files.write(root.resolve(FILE), text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
