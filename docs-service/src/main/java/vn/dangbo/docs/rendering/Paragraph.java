package vn.dangbo.docs.rendering;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A justified body paragraph made of styled runs. Numbered and bulleted items are ordinary paragraphs
 * whose text starts with the marker ({@code "1. "}, {@code "a) "}, {@code "- "}).
 *
 * @param runs            the text, in order; runs are concatenated without adding spaces
 * @param indentFirstLine whether the first line is indented (12.7 mm), as body text normally is
 */
public record Paragraph(List<Run> runs, boolean indentFirstLine) implements Block {

    public Paragraph {
        runs = List.copyOf(Objects.requireNonNull(runs, "runs"));
    }

    /** An indented paragraph of plain text. */
    public static Paragraph of(String text) {
        return new Paragraph(List.of(Run.plain(text)), true);
    }

    /** An indented paragraph of the given runs. */
    public static Paragraph of(Run... runs) {
        return new Paragraph(Arrays.asList(runs), true);
    }

    /** The paragraph's text without styling. */
    public String text() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }
}
