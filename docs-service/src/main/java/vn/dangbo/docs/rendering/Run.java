package vn.dangbo.docs.rendering;

import java.util.Objects;

/**
 * A piece of text with one style inside a {@link Paragraph}. Text may contain {@code '\n'} for a
 * forced line break.
 */
public record Run(String text, boolean bold, boolean italic) {

    public Run {
        Objects.requireNonNull(text, "text");
    }

    public static Run plain(String text) {
        return new Run(text, false, false);
    }

    public static Run bold(String text) {
        return new Run(text, true, false);
    }

    public static Run italic(String text) {
        return new Run(text, false, true);
    }

    public static Run boldItalic(String text) {
        return new Run(text, true, true);
    }
}
