package vn.dangbo.emulation.invitation;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The personal code printed as an invitation's QR code: 32 url-safe characters from 24 random bytes, never derived
 * from anything about the person, so it says nothing about them and cannot be guessed from who they are.
 */
public final class InvitationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
