package vn.dangbo.congress.counting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The chain of an election's count log: each record's hash covers the election, its sequence number, its kind, its
 * canonical payload and the previous record's hash, so changing, removing or reordering any record breaks every
 * hash after it; the first record chains to {@link #GENESIS}.
 */
public final class CountLogRules {

    public static final String GENESIS = "0".repeat(64);

    /** The kinds of record, in the order a count meets them. */
    public static final String OPENED = "OPENED";
    public static final String FIGURES = "FIGURES";
    public static final String ENTRY = "ENTRY";
    public static final String SETTLEMENT = "SETTLEMENT";
    public static final String RULING = "RULING";
    public static final String CLOSING = "CLOSING";

    private CountLogRules() {
    }

    public static String hash(UUID electionId, long seq, String kind, String payload, String prevHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = electionId + "\n" + seq + "\n" + kind + "\n" + payload + "\n" + prevHash;
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
