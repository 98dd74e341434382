package vn.dangbo.emulation.nomination;

import java.text.CollationKey;
import java.text.Collator;
import java.util.HexFormat;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The order of a list of nominees as party documents read it: collectives, then individuals; collectives in
 * Vietnamese alphabetical order of their names, individuals as a list of people (by given name, then from the family
 * name on). The key's byte order (collation "C") is that order, so the database pages the list. The collectives' key
 * comes from the runtime's Vietnamese collator: a new JDK with other collation data needs the stored keys recomputed.
 * Plain Java.
 */
public final class NomineeOrder {

    /** Longer keys are cut: the primary weights of the first ~250 letters come first and decide. */
    static final int MAX_LENGTH = 1000;

    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(VietnameseText::collator);

    private NomineeOrder() {
    }

    public static String sortKey(Nomination.NomineeKind kind, String name) {
        String key = kind == Nomination.NomineeKind.ORGANISATION
                ? "1" + organisationKey(name)
                : "2" + VietnameseText.sortKey(name);
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
    }

    private static String organisationKey(String name) {
        CollationKey key = COLLATOR.get().getCollationKey(VietnameseText.nfcStripped(name));
        // big-endian UTF-16 units: unsigned byte order, and so hex order, is the collator's order
        return HexFormat.of().formatHex(key.toByteArray());
    }
}
