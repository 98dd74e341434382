package vn.dangbo.docs.rendering;

import java.util.OptionalInt;
import vn.dangbo.kit.text.VietnameseText;

/**
 * Whether the document font can draw a text, asked before anything is composed so that a request can be
 * refused naming the field (a template may print a value in any face, so every face must cover it).
 */
public final class FontCoverage {

    private FontCoverage() {
    }

    /** The first code point that some face of the document font cannot draw; line breaks and tabs are fine. */
    public static OptionalInt firstMissing(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        LiberationSerif font = LiberationSerif.get();
        String t = VietnameseText.nfc(text);
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (cp != '\n' && cp != '\r' && cp != '\t') {
                for (FontFace face : FontFace.values()) {
                    if (!font.covers(face, cp)) {
                        return OptionalInt.of(cp);
                    }
                }
            }
            i += Character.charCount(cp);
        }
        return OptionalInt.empty();
    }

    /** {@code U+1F600 '😀'}. */
    public static String label(int codePoint) {
        return UnrenderableTextException.codePointLabel(codePoint);
    }
}
