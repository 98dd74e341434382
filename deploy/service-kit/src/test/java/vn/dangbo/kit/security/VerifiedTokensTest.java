package vn.dangbo.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);
    private final Verifier verifier = new Verifier();
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, now::get);

    @Test
    void aTokenIsVerifiedOnceWhileItHolds() throws ParseException {
        verifier.expiresAt("a", now.get() / 1000 + 3600);
        JsonWebToken first = tokens.parse("a");
        assertSame(first, tokens.parse("a"));
        assertEquals(1, verifier.calls("a"));
    }

    @Test
    void anotherStringIsVerifiedAfreshAndARefusedOneIsNeverRemembered() throws ParseException {
        verifier.expiresAt("a", now.get() / 1000 + 3600);
        tokens.parse("a");
        assertThrows(ParseException.class, () -> tokens.parse("a-altered"));
        assertThrows(ParseException.class, () -> tokens.parse("a-altered"));
        assertEquals(2, verifier.calls("a-altered"));
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndThenRefused() throws ParseException {
        verifier.expiresAt("a", now.get() / 1000 + 60);
        tokens.parse("a");
        now.addAndGet(61_000);
        verifier.refuse("a");
        assertThrows(ParseException.class, () -> tokens.parse("a"));
        assertEquals(2, verifier.calls("a"));
    }

    @Test
    void noTokenIsHeldLongerThanFiveMinutes() throws ParseException {
        verifier.expiresAt("a", now.get() / 1000 + 24 * 3600);
        tokens.parse("a");
        now.addAndGet(VerifiedTokens.HOLD_MILLIS - 1);
        tokens.parse("a");
        assertEquals(1, verifier.calls("a"));
        now.addAndGet(1);
        tokens.parse("a");
        assertEquals(2, verifier.calls("a"));
    }

    @Test
    void theMemoryIsEmptiedRatherThanGrownPastItsBound() throws ParseException {
        for (int i = 0; i <= VerifiedTokens.MAX_TOKENS; i++) {
            verifier.expiresAt("t" + i, now.get() / 1000 + 3600);
            tokens.parse("t" + i);
        }
        tokens.parse("t0");
        assertEquals(2, verifier.calls("t0"));
    }

    /** Verifies the tokens it was told of, counting each call; any other string is refused as a bad signature. */
    private static final class Verifier implements JWTParser {
        private final Map<String, Long> expiry = new HashMap<>();
        private final Map<String, Integer> calls = new HashMap<>();

        void expiresAt(String token, long epochSecond) {
            expiry.put(token, epochSecond);
        }

        void refuse(String token) {
            expiry.remove(token);
        }

        int calls(String token) {
            return calls.getOrDefault(token, 0);
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.merge(token, 1, Integer::sum);
            Long exp = expiry.get(token);
            if (exp == null) {
                throw new ParseException("bad signature");
            }
            return new Token(token, exp);
        }

        @Override
        public JsonWebToken parse(String token, JWTAuthContextInfo context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, PublicKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, SecretKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, PrivateKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, SecretKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken parseOnly(String token) {
            throw new UnsupportedOperationException();
        }
    }

    private record Token(String name, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
        }
    }
}
