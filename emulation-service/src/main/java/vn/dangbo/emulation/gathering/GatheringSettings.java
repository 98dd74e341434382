package vn.dangbo.emulation.gathering;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Section {@code gatherings} (§II.3, §II.7, §III.3, §III.8): the seminar's and the meeting's defaults (the anchor
 * their date is, title, planned count, organiser, venue, hours, the window their date must fall in), the longest
 * "half a day" ({@code maxHours}; longer warns) and the meeting's programme: its fixed parts in order, the arts items
 * (at most {@code artsItems.max}) and the provincial secretary's letter.
 */
public record GatheringSettings(String source, double maxHours, KindSettings seminar, KindSettings meeting,
        Programme programme) {

    public record Window(LocalDate from, LocalDate to) {
    }

    /** @param anchor the movement's anchor whose date the event's date is (the task board hangs on it) */
    public record KindSettings(String anchor, String title, int plannedCount, String organiser, String venue,
            LocalTime startsAt, LocalTime endsAt, Window window) {
    }

    /** @param performer who performs an arts item unless the office names another */
    public record ArtsItems(int max, String performer, String source) {
    }

    public record Letter(String title, String source) {
    }

    /** A fixed part of the programme: {@code kind} one of {@link ProgrammeRules#KINDS}. */
    public record Part(String kind, String title) {
    }

    public record Programme(ArtsItems artsItems, Letter letter, List<Part> parts) {
    }

    /** The defaults of {@code SEMINAR} or {@code MEETING}. */
    public KindSettings of(String kind) {
        return switch (kind) {
            case "SEMINAR" -> seminar;
            case "MEETING" -> meeting;
            default -> throw new IllegalArgumentException("no gathering kind " + kind);
        };
    }
}
