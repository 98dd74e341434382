package vn.dangbo.kit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyLimitsTest {

    private final BodyLimits limits = new BodyLimits(1L << 20, 2L << 30,
            List.of("/movements/[^/]+/progress-reports/import"), 32L << 20, List.of("/movements/[^/]+/journal/.+"));

    @Test
    void aPathTakesTheLimitOfItsKindAndEverythingElseIsJsonSized() {
        assertEquals(2L << 30, limits.limitFor("/movements/7f1c/progress-reports/import"));
        assertEquals(32L << 20, limits.limitFor("/movements/7f1c/journal/articles/9/photos"));
        assertEquals(1L << 20, limits.limitFor("/movements"));
        assertEquals(1L << 20, limits.limitFor("/movements/7f1c/progress-reports/import/extra"),
                "a pattern matches the whole path");
    }

    @Test
    void theRefusalNamesTheLimitAsAUserReadsIt() {
        ProblemException refusal = BodyLimits.tooLarge(1L << 20);
        assertEquals(413, refusal.status());
        assertEquals("Nội dung quá lớn", refusal.title());
        assertEquals("Nội dung gửi lên vượt quá giới hạn 1 MB của địa chỉ này", refusal.getMessage());
        assertEquals("4 GB", BodyLimits.readable(4L << 30));
        assertEquals("512 KB", BodyLimits.readable(512L << 10));
        assertEquals("1500000 byte", BodyLimits.readable(1_500_000));
    }
}
