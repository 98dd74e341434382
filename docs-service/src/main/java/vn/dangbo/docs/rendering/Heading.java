package vn.dangbo.docs.rendering;

import java.util.Objects;

/**
 * A section heading such as {@code "I. MỤC ĐÍCH, YÊU CẦU"} or {@code "1. Mục đích"}: bold, body size,
 * indented like a paragraph, kept on the same page as the line that follows it. The text is rendered
 * as given (no case change), markers included.
 */
public record Heading(String text) implements Block {

    public Heading {
        Objects.requireNonNull(text, "text");
    }
}
