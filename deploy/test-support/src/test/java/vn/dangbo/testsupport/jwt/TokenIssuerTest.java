package vn.dangbo.testsupport.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenIssuerTest {

    @Test
    void officerTokenVerifiesAgainstThePublicKeyFileAndCarriesGroupsAndOrganisation(@TempDir Path dir) throws Exception {
        TokenIssuer issuer = TokenIssuer.loadOrCreate(dir);
        assertTrue(Files.readString(dir.resolve("private-key.pem")).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertTrue(Files.readString(issuer.publicKeyPath()).startsWith("-----BEGIN PUBLIC KEY-----"));

        String token = issuer.officer("6f1c2a7e-0000-4000-8000-000000000001");
        JwtClaims claims = consumer(TokenIssuer.readPublicKey(issuer.publicKeyPath())).processToClaims(token);
        assertEquals("https://dangbo.local/auth", claims.getIssuer());
        assertEquals(List.of("officer"), claims.getStringListClaimValue("groups"));
        assertEquals("6f1c2a7e-0000-4000-8000-000000000001", claims.getStringClaimValue("dangbo_org"));
        assertEquals(claims.getSubject(), claims.getStringClaimValue("upn"));
        assertEquals(claims.getSubject(), claims.getStringClaimValue("preferred_username"));
        assertTrue(claims.getJwtId() != null && !claims.getJwtId().isBlank());
        long validity = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertEquals(Duration.ofHours(12).getSeconds(), validity);

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        assertEquals("dangbo-local", jws.getKeyIdHeaderValue());
        assertEquals("RS256", jws.getAlgorithmHeaderValue());
    }

    @Test
    void adminAndViewerHaveNoOrganisationClaimAndTheKeyPairIsReloaded(@TempDir Path dir) throws Exception {
        TokenIssuer first = TokenIssuer.loadOrCreate(dir);
        TokenIssuer second = TokenIssuer.loadOrCreate(dir);
        assertEquals(first.publicKey(), second.publicKey());

        JwtClaims admin = consumer(second.publicKey()).processToClaims(first.admin());
        assertEquals(List.of("admin"), admin.getStringListClaimValue("groups"));
        assertFalse(admin.hasClaim("dangbo_org"));
        JwtClaims viewer = consumer(first.publicKey()).processToClaims(second.viewer());
        assertEquals(List.of("viewer"), viewer.getStringListClaimValue("groups"));
    }

    @Test
    void ephemeralKeysAreUnrelatedAndExpiredTokensAreRejected() throws Exception {
        TokenIssuer a = TokenIssuer.ephemeral();
        TokenIssuer b = TokenIssuer.ephemeral();
        assertTrue(Files.exists(a.publicKeyPath()));
        assertThrows(InvalidJwtException.class, () -> consumer(b.publicKey()).processToClaims(a.admin()));
        String expired = a.token("x", "viewer", null, Duration.ofMinutes(-5));
        assertThrows(InvalidJwtException.class, () -> consumer(a.publicKey()).processToClaims(expired));
    }

    @Test
    void anotherIssuerAndAnUnsignedTokenCarryTheSameClaimsButAreRejected() throws Exception {
        TokenIssuer issuer = TokenIssuer.ephemeral();
        String other = issuer.tokenFromIssuer("https://attacker.example/auth", "x", "admin", null);
        assertThrows(InvalidJwtException.class, () -> consumer(issuer.publicKey()).processToClaims(other));
        JwtClaims otherClaims = JwtClaims.parse(new String(java.util.Base64.getUrlDecoder().decode(other.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("https://attacker.example/auth", otherClaims.getIssuer());
        assertEquals(List.of("admin"), otherClaims.getStringListClaimValue("groups"));

        String unsigned = issuer.unsignedToken("x", "officer", "6f1c2a7e-0000-4000-8000-000000000001");
        assertTrue(unsigned.endsWith("."), unsigned);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(unsigned);
        assertEquals("none", jws.getAlgorithmHeaderValue());
        JwtClaims claims = JwtClaims.parse(jws.getUnverifiedPayload());
        assertEquals("https://dangbo.local/auth", claims.getIssuer());
        assertEquals("6f1c2a7e-0000-4000-8000-000000000001", claims.getStringClaimValue("dangbo_org"));
        assertThrows(InvalidJwtException.class, () -> consumer(issuer.publicKey()).processToClaims(unsigned));
    }

    private static JwtConsumer consumer(PublicKey key) {
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireSubject()
                .setExpectedIssuer("https://dangbo.local/auth")
                .setVerificationKey(key)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }
}
