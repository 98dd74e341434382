package vn.dangbo.testsupport.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway certificate authority in a directory, made with the JDK's own {@code keytool} (no extra dependency), as
 * Strimzi's cluster CA is for a cluster: clients trust its certificate as a PEM file ({@code ssl.truststore.type=PEM}),
 * and it signs a server certificate naming {@code IP:127.0.0.1} and {@code DNS:localhost}, so a client keeps hostname
 * verification on. Creating one takes a few seconds (keytool runs in its own JVM); a directory that holds one already
 * is reused as it is.
 *
 * <pre>
 *   ca.p12      the CA's key pair (PKCS12)
 *   ca.crt      its certificate, PEM: what a client trusts
 *   broker.p12  a server key with its chain (server certificate, CA certificate), PKCS12, once {@link #serverKeystore}
 * </pre>
 *
 * The keystores' password is {@link #STORE_PASSWORD}, a fixed one: the keys guard a broker on 127.0.0.1 for one test
 * run, and a random one would only have to be stored beside them.
 */
public final class CertificateAuthority {

    static final String STORE_PASSWORD = "dangbo-test-only";
    private static final String CA_ALIAS = "ca";
    private static final String SERVER_ALIAS = "broker";
    private static final long KEYTOOL_TIMEOUT_S = 60;

    private final Path dir;

    private CertificateAuthority(Path dir) {
        this.dir = dir;
    }

    /** The CA in {@code dir}, created (with the distinguished name {@code CN=<commonName>}) when it has none yet. */
    public static synchronized CertificateAuthority in(Path dir, String commonName) {
        Path root = dir.toAbsolutePath().normalize();
        CertificateAuthority ca = new CertificateAuthority(root);
        if (!Files.isRegularFile(ca.certificatePem())) {
            try {
                Files.createDirectories(root);
                Files.deleteIfExists(ca.keystore());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            keytool(root, "-genkeypair", "-alias", CA_ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=" + commonName, "-ext", "bc:c", "-validity", "3650",
                    "-storetype", "PKCS12", "-keystore", ca.keystore().toString(), "-storepass", STORE_PASSWORD);
            // written last: its presence means the CA is complete
            writeAtomically(ca.certificatePem(), pem(ca.certificate()));
        }
        return ca;
    }

    /** The CA's certificate as a PEM file: a client's {@code ssl.truststore.location} with type {@code PEM}. */
    public Path certificatePem() {
        return dir.resolve("ca.crt");
    }

    /**
     * A PKCS12 keystore (password {@link #STORE_PASSWORD}) holding a server key and its certificate signed by this CA,
     * for {@code IP:127.0.0.1} and {@code DNS:localhost}, followed by the CA's certificate; made once, then reused.
     */
    synchronized Path serverKeystore() {
        Path keystore = dir.resolve("broker.p12");
        if (Files.isRegularFile(keystore)) {
            return keystore;
        }
        Path draft = dir.resolve("broker.p12.tmp");
        Path request = dir.resolve("broker.csr");
        Path signed = dir.resolve("broker.crt");
        try {
            Files.deleteIfExists(draft);
            keytool(dir, "-genkeypair", "-alias", SERVER_ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=localhost", "-validity", "3650",
                    "-storetype", "PKCS12", "-keystore", draft.toString(), "-storepass", STORE_PASSWORD);
            keytool(dir, "-certreq", "-alias", SERVER_ALIAS, "-keystore", draft.toString(), "-storepass", STORE_PASSWORD,
                    "-file", request.toString());
            keytool(dir, "-gencert", "-alias", CA_ALIAS, "-keystore", keystore().toString(), "-storepass", STORE_PASSWORD,
                    "-infile", request.toString(), "-outfile", signed.toString(), "-rfc", "-validity", "3650",
                    "-ext", "san=ip:127.0.0.1,dns:localhost", "-ext", "eku=serverAuth");
            installChain(draft, signed);
            Files.move(draft, keystore, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(request);
            Files.deleteIfExists(signed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keystore;
    }

    @Override
    public String toString() {
        return "CertificateAuthority[" + dir + "]";
    }

    private Path keystore() {
        return dir.resolve("ca.p12");
    }

    private Certificate certificate() {
        try {
            return load(keystore()).getCertificate(CA_ALIAS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the CA's certificate in " + keystore(), e);
        }
    }

    /** keytool's "import the certificate reply", in process: the server key's chain becomes (signed, CA). */
    private void installChain(Path serverKeystore, Path signed) {
        try (InputStream in = Files.newInputStream(signed)) {
            KeyStore store = load(serverKeystore);
            Certificate server = CertificateFactory.getInstance("X.509").generateCertificate(in);
            store.setKeyEntry(SERVER_ALIAS, store.getKey(SERVER_ALIAS, STORE_PASSWORD.toCharArray()),
                    STORE_PASSWORD.toCharArray(), new Certificate[] {server, certificate()});
            try (var out = Files.newOutputStream(serverKeystore)) {
                store.store(out, STORE_PASSWORD.toCharArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot install the signed certificate in " + serverKeystore, e);
        }
    }

    private static KeyStore load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, STORE_PASSWORD.toCharArray());
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static String pem(Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeAtomically(Path file, String text) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.write(tmp, text.getBytes(StandardCharsets.US_ASCII));
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the JDK's keytool (a small, quickly starting JVM); fails with its output when it fails. */
    private static void keytool(Path workDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "keytool").toString());
        command.add("-J-XX:TieredStopAtLevel=1");
        command.add("-J-XX:+UseSerialGC");
        command.add("-J-Xshare:auto");
        command.add("-noprompt");
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close(); // nothing to answer: -noprompt and every value on the command line
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(KEYTOOL_TIMEOUT_S, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool " + args[0] + " took longer than " + KEYTOOL_TIMEOUT_S + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + String.join(" ", args).replace(STORE_PASSWORD, "***")
                        + " failed (" + process.exitValue() + "): " + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run keytool from " + System.getProperty("java.home"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
