package vn.dangbo.emulation.communication;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The events of {@code emulation.communications.v1} (schemas in {@code /events/schemas/<type>.json}): what the
 * office recorded of the movement's press coverage and journal. No person's data but an author's name.
 */
public final class CommunicationEvents {

    public static final String TOPIC = "emulation.communications.v1";
    /** key = press item id. */
    public static final String PRESS_ITEM_RECORDED = "vn.dangbo.emulation.press.item-recorded.v1";
    /** key = movement id; once per movement and month. */
    public static final String PRESS_MONTH_MISSED = "vn.dangbo.emulation.press.month-missed.v1";
    /** key = movement id. */
    public static final String JOURNAL_PUBLISHED = "vn.dangbo.emulation.journal.published.v1";

    private CommunicationEvents() {
    }

    public record MovementRef(UUID id, String name) {
    }

    /**
     * @param month  yyyy-MM of publishedOn
     * @param counts false when the month lies outside press.monthlyFrom..monthlyUntil (recorded, not counted)
     */
    public record PressItem(UUID id, String outlet, String kind, String kindLabel, LocalDate publishedOn, String month,
            String title, String link, boolean counts) {
    }

    public record PressItemRecorded(MovementRef movement, PressItem item) {
    }

    /** @param month yyyy-MM, ended on {@code lastDay} without a press item */
    public record PressMonthMissed(MovementRef movement, String month, LocalDate lastDay, String monthlyFrom,
            String monthlyUntil) {
    }

    public record SourceGroupCount(String code, String label, long articles) {
    }

    /**
     * @param copiesPlanned journal.copies; fewer copies warn, they are not refused
     * @param dueOn         the anchor's effective date + journal.due.offsetDays, when published
     */
    public record Journal(String title, LocalDate publishedOn, int copies, int copiesPlanned, LocalDate dueOn,
            boolean late, List<SourceGroupCount> sourceGroups) {
    }

    public record JournalPublished(MovementRef movement, Journal journal) {
    }
}
