package vn.dangbo.emulation.communication.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dangbo.emulation.plan.CodeLabel;
import vn.dangbo.emulation.communication.CommunicationText;

/**
 * §II.8: the journal is done "trước ngày diễn ra buổi gặp mặt" (due = the anchor's date + offset days, so it moves with
 * the meeting), in 500 copies (fewer warn), with articles from each source group (a group with none warns).
 */
public final class JournalRules {

    private JournalRules() {
    }

    /** @return the last day the journal is on time, or null while the anchor has no date */
    public static LocalDate due(LocalDate anchorDate, int offsetDays) {
        return anchorDate == null ? null : anchorDate.plusDays(offsetDays);
    }

    public static boolean late(LocalDate publishedOn, LocalDate due) {
        return due != null && publishedOn.isAfter(due);
    }

    /** The warnings of a publication: late, fewer copies than planned. */
    public static List<String> publicationWarnings(LocalDate publishedOn, int copies, LocalDate due,
            int copiesPlanned) {
        List<String> warnings = new ArrayList<>();
        if (late(publishedOn, due)) {
            warnings.add("Tập san xuất bản ngày " + CommunicationText.day(publishedOn) + ", sau thời hạn "
                    + CommunicationText.day(due));
        }
        if (copies < copiesPlanned) {
            warnings.add("Tập san in " + copies + " cuốn, ít hơn kế hoạch " + copiesPlanned + " cuốn");
        }
        return warnings;
    }

    /** A warning for each source group with no article, in the settings' order. */
    public static List<String> groupWarnings(List<CodeLabel> groups, Map<String, Long> articlesPerGroup) {
        List<String> warnings = new ArrayList<>();
        for (CodeLabel group : groups) {
            if (articlesPerGroup.getOrDefault(group.code(), 0L) == 0) {
                warnings.add("Chưa có bài nào thuộc nhóm \"" + group.label() + "\"");
            }
        }
        return warnings;
    }
}
