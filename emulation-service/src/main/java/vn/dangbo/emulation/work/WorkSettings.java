package vn.dangbo.emulation.work;

import java.util.List;
import java.util.Optional;

/**
 * The movement's settings section {@code works} (§II.1): how many works an organisation registers, the categories,
 * the margin of the ahead/behind flags (percentage points) and the largest evidence file (bytes).
 */
public record WorkSettings(String source, int minPerOrganisation, int maxPerOrganisation, int progressMarginPercent,
        long evidenceMaxBytes, List<Category> categories) {

    public static final String SECTION = "works";

    public record Category(String code, String label) {
    }

    public Optional<Category> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
