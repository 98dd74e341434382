package vn.dangbo.emulation.communication.press;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.dangbo.emulation.plan.CodeLabel;

/**
 * Section {@code press} (§II.2): from {@code monthlyFrom} to {@code monthlyUntil} each month has at least one press
 * item; {@code kinds} are what an item may be (tin, bài viết, phóng sự).
 */
public record PressSettings(String source, YearMonth monthlyFrom, YearMonth monthlyUntil, List<CodeLabel> kinds) {

    public Optional<CodeLabel> kind(String code) {
        return kinds.stream().filter(k -> k.code().equals(code)).findFirst();
    }
}
