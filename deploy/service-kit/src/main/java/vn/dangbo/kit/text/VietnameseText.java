package vn.dangbo.kit.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Vietnamese text the same way in every service: one spelling (NFC) for what is stored and compared, a folded
 * form for search, the order of a list of people and the order of a list of organisations. Computed in Java
 * (the databases need no extension and every replica folds and sorts the same way).
 */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The Vietnamese alphabet in dictionary order; ă, â, đ, ê, ô, ơ, ư are letters of their own. */
    private static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    /** Tones in dictionary order: none, huyền, hỏi, ngã, sắc, nặng. */
    private static final String TONE_MARKS = "\u0300\u0309\u0303\u0301\u0323";

    private VietnameseText() {
    }

    /**
     * The composed spelling (NFC): a keyboard or a spreadsheet may send "ệ" as one character or as "e" and two
     * marks, and both must be stored, compared and counted as the same text.
     *
     * @return the text in NFC, or null for null
     */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * What a user typed, as a service stores it.
     *
     * @return the text without surrounding white space, in NFC; null for null
     */
    public static String nfcStripped(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /** Lower case, without tones or letter marks, đ as d, single spaces: "Nguyễn Văn Đức" → "nguyen van duc". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A key whose byte order (collation "C") is the order of a Vietnamese list of people: by given name (the
     * last word), then by the full name from the family name on; letters before tones within a word. The
     * registry stores it, so a change here needs the stored keys recomputed.
     */
    public static String sortKey(String fullName) {
        String nfc = Normalizer.normalize(fullName.strip(), Normalizer.Form.NFC);
        String[] words = nfc.split("\\s+");
        StringBuilder key = new StringBuilder();
        key.append(wordKey(words[words.length - 1]));
        key.append("!");
        for (String word : words) {
            key.append(wordKey(word)).append(' ');
        }
        return key.toString().stripTrailing();
    }

    /** Two letters a-z per letter (its place in the alphabet), then one digit for the tone. */
    private static String wordKey(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(VIETNAMESE), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        int tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int toneIndex = TONE_MARKS.indexOf(c);
            if (toneIndex >= 0) {
                tone = toneIndex + 1;
            } else {
                base.append(c);
            }
        }
        // without the tone, the letter marks recompose into the letters of the alphabet (ă â ê ô ơ ư)
        String letters = Normalizer.normalize(base, Normalizer.Form.NFC);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            int index = ALPHABET.indexOf(letters.charAt(i));
            if (index >= 0) {
                key.append((char) ('a' + index / 26)).append((char) ('a' + index % 26));
            } else if (Character.isLetterOrDigit(letters.charAt(i))) {
                key.append("zz");
            }
        }
        return key.append(tone).toString();
    }

    /**
     * Vietnamese alphabetical order of whole texts (a ă â b c d đ e ê … o ô ơ … u ư v x y, then the tones), as
     * lists of organisations are read in party documents. Plain code-point order would put every "Đảng bộ …"
     * after "Z" and "Ủy ban …" after "V".
     *
     * @throws IllegalStateException when the runtime lacks Vietnamese collation data (module
     *                               {@code jdk.localedata}), rather than silently sorting by code point
     */
    public static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        collator.setStrength(Collator.TERTIARY);
        if (!(collator.compare("D", "Đ") < 0 && collator.compare("Đ", "E") < 0)) {
            throw new IllegalStateException("This Java runtime has no Vietnamese collation (module jdk.localedata)");
        }
        return collator;
    }

    /** Orders by the Vietnamese name ({@link #collator()}), then by {@code tieBreak} so equal names stay in place. */
    public static <T, K extends Comparable<? super K>> Comparator<T> byName(Function<T, String> name,
            Function<T, K> tieBreak) {
        Collator collator = collator();
        Comparator<T> byName = (a, b) -> collator.compare(name.apply(a), name.apply(b));
        return byName.thenComparing(tieBreak);
    }
}
