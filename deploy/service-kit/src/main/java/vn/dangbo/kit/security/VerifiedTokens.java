package vn.dangbo.kit.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer tokens already verified, kept until they expire (at most {@link #HOLD_MILLIS}): a scanner at the door or
 * a teller sends the same token with every request, and checking its RS256 signature again each time cost as much CPU
 * as the request's own work. Only the exact token string that passed verification is remembered, so a token altered
 * in any byte is verified afresh; an expired one is verified afresh and refused. Holding a token at most five
 * minutes bounds how long a rotated-out key still admits the tokens it signed. Every other parse goes to smallrye.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final long HOLD_MILLIS = 5 * 60_000L;
    /** Enough for every user of a province at once; beyond it the memory is emptied rather than grown. */
    static final int MAX_TOKENS = 10_000;

    private record Verified(JsonWebToken token, long until) {
    }

    private final JWTParser verifier;
    private final LongSupplier millis;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier) {
        this(verifier, System::currentTimeMillis);
    }

    VerifiedTokens(JWTParser verifier, LongSupplier millis) {
        this.verifier = verifier;
        this.millis = millis;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = millis.getAsLong();
        Verified known = verified.get(token);
        if (known != null && now < known.until()) {
            return known.token();
        }
        JsonWebToken parsed = verifier.parse(token);
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
        long expires = parsed.getExpirationTime() > 0 ? parsed.getExpirationTime() * 1000 : now;
        verified.put(token, new Verified(parsed, Math.min(expires, now + HOLD_MILLIS)));
        return parsed;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
