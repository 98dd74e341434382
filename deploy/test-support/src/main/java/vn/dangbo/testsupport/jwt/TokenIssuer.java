package vn.dangbo.testsupport.jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Mints RS256 JWTs the way the real identity provider will, for tests and the local stack. The services
 * verify them with {@code mp.jwt.verify.publickey.location = }{@link #publicKeyPath()} and
 * {@code mp.jwt.verify.issuer = }{@link #issuer()}.
 *
 * <p>Claims: {@code iss}, {@code sub}, {@code upn} and {@code preferred_username} (= subject),
 * {@code groups} = [role], {@code iat}, {@code exp}, {@code jti}, and {@code dangbo_org} (the organisation
 * id) when one is given. Header {@code kid} = {@value #KEY_ID}.
 */
public final class TokenIssuer {

    public static final String ISSUER = "https://dangbo.local/auth";
    public static final String KEY_ID = "dangbo-local";
    public static final String ORGANISATION_CLAIM = "dangbo_org";
    public static final String PRIVATE_KEY_FILE = "private-key.pem";
    public static final String PUBLIC_KEY_FILE = "public-key.pem";
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(12);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final Path publicKeyPath;

    private TokenIssuer(PrivateKey privateKey, PublicKey publicKey, Path publicKeyPath) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.publicKeyPath = publicKeyPath;
    }

    /**
     * The key pair in {@code dir} ({@value #PRIVATE_KEY_FILE}, PKCS#8 PEM, and {@value #PUBLIC_KEY_FILE},
     * X.509 SubjectPublicKeyInfo PEM); a new RSA 2048 pair is generated and written there when the
     * private key is missing.
     */
    public static synchronized TokenIssuer loadOrCreate(Path dir) {
        try {
            Files.createDirectories(dir);
            Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
            Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
            if (Files.exists(privateFile)) {
                PrivateKey privateKey = KeyFactory.getInstance("RSA").generatePrivate(
                        new PKCS8EncodedKeySpec(pemBody(Files.readString(privateFile, StandardCharsets.US_ASCII), "PRIVATE KEY")));
                PublicKey publicKey = publicKeyOf(privateKey);
                String publicPem = pem("PUBLIC KEY", publicKey.getEncoded());
                if (!Files.exists(publicFile) || !Files.readString(publicFile, StandardCharsets.US_ASCII).equals(publicPem)) {
                    writeAtomically(publicFile, publicPem);
                }
                return new TokenIssuer(privateKey, publicKey, publicFile);
            }
            KeyPair pair = generate();
            writeAtomically(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            writeAtomically(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return new TokenIssuer(pair.getPrivate(), pair.getPublic(), publicFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot load the key pair in " + dir, e);
        }
    }

    /** A new key pair held in memory; only the public key is written, to a temporary file deleted at exit. */
    public static TokenIssuer ephemeral() {
        try {
            KeyPair pair = generate();
            Path file = Files.createTempFile("dangbo-jwt-", "-" + PUBLIC_KEY_FILE);
            file.toFile().deleteOnExit();
            Files.writeString(file, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            return new TokenIssuer(pair.getPrivate(), pair.getPublic(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PEM file of the public key (X.509 SubjectPublicKeyInfo): {@code mp.jwt.verify.publickey.location}. */
    public Path publicKeyPath() {
        return publicKeyPath;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** {@value #ISSUER}: {@code mp.jwt.verify.issuer}. */
    public String issuer() {
        return ISSUER;
    }

    /**
     * A signed compact JWT.
     *
     * @param subject          {@code sub}, {@code upn} and {@code preferred_username}
     * @param role             the single entry of {@code groups}: admin, officer or viewer
     * @param organisationIdOrNull the {@code dangbo_org} claim (an officer's organisation), or null for none
     * @param validity         from now until {@code exp}; negative for an already expired token
     */
    public String token(String subject, String role, String organisationIdOrNull, Duration validity) {
        return sign(claims(ISSUER, subject, role, organisationIdOrNull, validity));
    }

    /** Like {@link #token}, with another {@code iss}: the services must refuse it (401). */
    public String tokenFromIssuer(String issuer, String subject, String role, String organisationIdOrNull) {
        return sign(claims(issuer, subject, role, organisationIdOrNull, DEFAULT_VALIDITY));
    }

    /**
     * A token with the claims {@link #token} would give but {@code alg: none} and an empty signature: a
     * verifier that trusts the header instead of its configured algorithm would accept it.
     */
    public String unsignedToken(String subject, String role, String organisationIdOrNull) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}";
        String payload = claims(ISSUER, subject, role, organisationIdOrNull, DEFAULT_VALIDITY).toJson();
        return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static JwtClaims claims(String issuer, String subject, String role, String organisationIdOrNull,
            Duration validity) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setClaim("preferred_username", subject);
        claims.setStringListClaim("groups", List.of(role));
        long now = System.currentTimeMillis() / 1000;
        claims.setIssuedAt(NumericDate.fromSeconds(now));
        claims.setExpirationTime(NumericDate.fromSeconds(now + validity.getSeconds()));
        claims.setJwtId(UUID.randomUUID().toString());
        if (organisationIdOrNull != null) {
            claims.setStringClaim(ORGANISATION_CLAIM, organisationIdOrNull);
        }
        return claims;
    }

    private String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(privateKey);
        jws.setKeyIdHeaderValue(KEY_ID);
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** Subject "admin", role admin, no organisation, valid 12 h. */
    public String admin() {
        return token("admin", "admin", null, DEFAULT_VALIDITY);
    }

    /** Subject "viewer", role viewer, no organisation, valid 12 h. */
    public String viewer() {
        return token("viewer", "viewer", null, DEFAULT_VALIDITY);
    }

    /** Subject "officer-&lt;orgId&gt;", role officer, {@code dangbo_org} = orgId, valid 12 h. */
    public String officer(String organisationId) {
        return token("officer-" + organisationId, "officer", organisationId, DEFAULT_VALIDITY);
    }

    // ---------------------------------------------------------------------------------------------------

    private static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static PublicKey publicKeyOf(PrivateKey privateKey) throws GeneralSecurityException {
        if (!(privateKey instanceof RSAPrivateCrtKey)) {
            throw new GeneralSecurityException("not an RSA CRT private key");
        }
        RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    static byte[] pemBody(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("not a PEM " + type);
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }

    /** Public key of a PEM file written by this class (for verification in tests). */
    public static PublicKey readPublicKey(Path pemFile) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(
                    new X509EncodedKeySpec(pemBody(Files.readString(pemFile, StandardCharsets.US_ASCII), "PUBLIC KEY")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        Files.writeString(tmp, text, StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
