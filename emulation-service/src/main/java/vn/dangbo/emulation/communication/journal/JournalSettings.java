package vn.dangbo.emulation.communication.journal;

import java.util.List;
import java.util.Optional;
import vn.dangbo.emulation.plan.CodeLabel;

/**
 * Section {@code journal} (§II.8): the journal's title, its {@code copies}, its due date ({@code due}: an anchor of
 * the movement and days from it, -1 = the day before the meeting), the source groups its articles come from, and the
 * size limit of a photo.
 */
public record JournalSettings(String source, String title, int copies, int maxPhotoBytes, Due due,
        List<CodeLabel> sourceGroups) {

    public record Due(String anchor, int offsetDays) {
    }

    public Optional<CodeLabel> group(String code) {
        return sourceGroups.stream().filter(g -> g.code().equals(code)).findFirst();
    }
}
