package vn.dangbo.registry.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.registry.exchange.ImportJob.Status.DONE;
import static vn.dangbo.registry.exchange.ImportJob.Status.FAILED;
import static vn.dangbo.registry.exchange.ImportJob.Status.IMPORTING;
import static vn.dangbo.registry.exchange.ImportJob.Status.RECEIVED;
import static vn.dangbo.registry.exchange.ImportJob.Status.REJECTED;
import static vn.dangbo.registry.exchange.ImportJob.Status.VALIDATING;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The life of an import job: the steps a job takes, and the ones it may not. */
class ImportJobLifecycleTest {

    @Test
    void aWrittenFileGoesFromReceivedThroughCheckingAndWritingToDone() {
        ImportJob job = received();
        for (ImportJob.Status step : List.of(VALIDATING, IMPORTING, DONE)) {
            job.moveTo(step);
            assertEquals(step, job.status());
        }
        assertTrue(job.status().ended());
    }

    @Test
    void checkingEndsADryRunOrARejectedFileWithoutWriting() {
        for (ImportJob.Status end : List.of(DONE, REJECTED, FAILED)) {
            ImportJob job = received();
            job.moveTo(VALIDATING);
            job.moveTo(end);
            assertEquals(end, job.status());
        }
    }

    @Test
    void aJobMayFailAtEveryStepBeforeItsEnd() {
        for (ImportJob.Status step : EnumSet.of(RECEIVED, VALIDATING, IMPORTING)) {
            assertTrue(step.next().contains(FAILED), step + " may fail");
            assertTrue(!step.ended(), step + " is not an end");
        }
    }

    @Test
    void aStepTheLifeDoesNotAllowIsRefusedAndTheJobStaysWhereItWas() {
        ImportJob job = received();
        assertThrows(IllegalStateException.class, () -> job.moveTo(DONE), "done without checking");
        assertThrows(IllegalStateException.class, () -> job.moveTo(IMPORTING), "written without checking");
        assertEquals(RECEIVED, job.status());

        job.moveTo(VALIDATING);
        job.moveTo(IMPORTING);
        assertThrows(IllegalStateException.class, () -> job.moveTo(REJECTED), "rejected once writing");
        assertThrows(IllegalStateException.class, () -> job.moveTo(VALIDATING), "checked again");
        assertEquals(IMPORTING, job.status());
    }

    @Test
    void anEndedJobTakesNoFurtherStep() {
        for (ImportJob.Status end : EnumSet.of(DONE, REJECTED, FAILED)) {
            assertTrue(end.ended());
            ImportJob job = received();
            job.moveTo(VALIDATING);
            job.moveTo(end);
            for (ImportJob.Status any : ImportJob.Status.values()) {
                assertThrows(IllegalStateException.class, () -> job.moveTo(any), end + " → " + any);
            }
            assertEquals(end, job.status());
        }
    }

    private static ImportJob received() {
        ImportJob job = ImportJob.received(ImportJob.Kind.MEMBERS, false, "admin", OffsetDateTime.now());
        assertEquals(RECEIVED, job.status());
        return job;
    }
}
