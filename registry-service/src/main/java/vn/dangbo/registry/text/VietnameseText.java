package vn.dangbo.registry.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese names for search and for sorting, computed in Java at write time (the database needs no
 * extension and every replica folds the same way).
 */
public final class VietnameseText {

    /** The Vietnamese alphabet in dictionary order; ă, â, đ, ê, ô, ơ, ư are letters of their own. */
    private static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    /** Tones in dictionary order: none, huyền, hỏi, ngã, sắc, nặng. */
    private static final String TONE_MARKS = "\u0300\u0309\u0303\u0301\u0323";

    private VietnameseText() {
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
     * last word), then by the full name from the family name on; letters before tones within a word.
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
        String decomposed = Normalizer.normalize(word.toLowerCase(new Locale("vi")), Normalizer.Form.NFD);
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
}
