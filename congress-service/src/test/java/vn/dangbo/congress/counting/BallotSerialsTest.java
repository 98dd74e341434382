package vn.dangbo.congress.counting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only a printed ballot's serial is counted: 9 voters and 3 spares print CU1-1 .. CU1-12. */
class BallotSerialsTest {

    @Test
    void thePrintedSerialsAreAccepted() {
        for (String serial : new String[] {"CU1-1", "CU1-9", "CU1-12"}) {
            assertTrue(BallotSerials.refusal("CU1-", 1, 12, serial).isEmpty(), serial);
        }
    }

    @Test
    void aSerialNeverPrintedIsRefusedWithThePrintedRange() {
        assertEquals(Optional.of("Mã phiếu CU1-13 không có trong các phiếu đã in (CU1-1 đến CU1-12)"),
                BallotSerials.refusal("CU1-", 1, 12, "CU1-13"));
        for (String serial : new String[] {"CU1-0", "CU1-012", "CU1-", "BT1-3", "CU1-3a", "CU1-99999999999"}) {
            assertTrue(BallotSerials.refusal("CU1-", 1, 12, serial).isPresent(), serial);
        }
    }

    @Test
    void anElectionWhoseBallotsTheServiceDidNotPrintTakesAnySerial() {
        assertTrue(BallotSerials.refusal(null, null, 0, "phiếu 7").isEmpty());
    }
}
