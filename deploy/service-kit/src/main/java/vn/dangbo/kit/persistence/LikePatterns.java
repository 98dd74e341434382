package vn.dangbo.kit.persistence;

/**
 * LIKE patterns from user or stored text, with PostgreSQL's default escape character: one way for every service, so
 * a subtree's path prefix (or a name) never reads {@code %} or {@code _} inside it as a wildcard.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** The text with LIKE's special characters escaped. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern for the values beginning with the text, e.g. the paths of a subtree. */
    public static String startingWith(String text) {
        return escape(text) + "%";
    }
}
