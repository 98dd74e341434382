package vn.dangbo.kit.calendar;

import java.util.Objects;

/**
 * A VEVENT's UID made of ids alone ({@code congress-<id>@dangbo}, {@code task-<id>@dangbo}): the same thing keeps
 * its UID in every export, so a subscribed calendar replaces its copy instead of adding another.
 */
public final class CalendarUid {

    private static final String DOMAIN = "@dangbo";

    private CalendarUid() {
    }

    /** {@code parts} joined by hyphens, in the dangbo domain. */
    public static String of(String... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("a UID needs at least one part");
        }
        for (String part : parts) {
            Objects.requireNonNull(part, "part");
        }
        return String.join("-", parts) + DOMAIN;
    }
}
