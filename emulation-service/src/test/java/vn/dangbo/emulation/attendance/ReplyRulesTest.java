package vn.dangbo.emulation.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.attendance.AttendanceRecords.Answer;

class ReplyRulesTest {

    @Test
    void aSubstituteNeedsTheirName() {
        assertEquals("substitute.fullName", ReplyRules.refusal(Answer.SUBSTITUTE, null, false).orElseThrow().field());
        assertEquals("substitute.fullName", ReplyRules.refusal(Answer.SUBSTITUTE, "  ", true).orElseThrow().field());
        assertTrue(ReplyRules.refusal(Answer.SUBSTITUTE, "Hoàng Văn Dũng", true).isEmpty());
    }

    @Test
    void onlyASubstituteNamesSomeone() {
        assertEquals("substitute", ReplyRules.refusal(Answer.ACCEPT, "Ai đó", true).orElseThrow().field());
        assertTrue(ReplyRules.refusal(Answer.DECLINE, null, false).isEmpty());
    }

    @Test
    void seatsOverThePlannedCountWarn() {
        assertEquals(Optional.empty(), ReplyRules.overPlanned(350, 350));
        assertEquals(Optional.of("Số đại biểu nhận lời tham dự (351, kể cả người dự thay) vượt số dự kiến 350 người"),
                ReplyRules.overPlanned(351, 350));
    }
}
