package vn.dangbo.docs.rendering;

/**
 * A character of the document has no glyph in the document font, so it would be dropped or replaced
 * by a box. Thrown before anything is drawn; the message names the code point (U+XXXX) and where it
 * occurs (e.g. {@code body[3] (paragraph) run 0, offset 12}).
 */
public class UnrenderableTextException extends RuntimeException {

    private final int codePoint;
    private final String location;

    public UnrenderableTextException(int codePoint, String location, String fontName) {
        super("Cannot render character " + codePointLabel(codePoint) + " in " + location + ": font "
                + fontName + " has no glyph for it");
        this.codePoint = codePoint;
        this.location = location;
    }

    public int codePoint() {
        return codePoint;
    }

    /** Where the character appeared, e.g. {@code recipients[2], offset 5}. */
    public String location() {
        return location;
    }

    /** {@code U+1F600} (at least four hex digits), followed by the character itself when printable. */
    static String codePointLabel(int cp) {
        String hex = String.format("U+%04X", cp);
        boolean printable = !Character.isISOControl(cp) && !Character.isWhitespace(cp)
                && Character.getType(cp) != Character.FORMAT && Character.isDefined(cp);
        return printable ? hex + " '" + new String(Character.toChars(cp)) + "'" : hex;
    }
}
