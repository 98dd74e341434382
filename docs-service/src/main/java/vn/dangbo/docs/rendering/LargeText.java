package vn.dangbo.docs.rendering;

import java.util.Objects;

/**
 * A line in large bold type, centred: the recipient's name on a certificate, or its "KHEN". Wrapped if too long.
 *
 * @param text the text, printed as given
 */
public record LargeText(String text) implements Block {

    public LargeText {
        Objects.requireNonNull(text, "text");
    }
}
