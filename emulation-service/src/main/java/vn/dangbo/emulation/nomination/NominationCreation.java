package vn.dangbo.emulation.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.dangbo.emulation.nomination.NominationRecords.CreateRequest;
import vn.dangbo.emulation.nomination.NominationRecords.NominationResponse;
import vn.dangbo.kit.web.ProblemException;

/**
 * Creates a nomination; when a concurrent request nominated the same nominee between the check and the insert, the
 * database's unique index refuses the second, which is answered like the check would have: 409 naming the first.
 */
@ApplicationScoped
public class NominationCreation {

    static final String ONE_PER_NOMINEE = "nomination_one_per_nominee";

    private final NominationDrafting drafting;

    public NominationCreation(NominationDrafting drafting) {
        this.drafting = drafting;
    }

    public NominationResponse create(UUID movementId, CreateRequest request) {
        try {
            return drafting.draft(movementId, request);
        } catch (RuntimeException e) {
            if (!isSecondNomination(e)) {
                throw e;
            }
            // the draft's transaction is rolled back; the first one's is committed and is read in a new one
            throw drafting.secondNomination(movementId, request.nomineeId()).orElseThrow(() -> e);
        }
    }

    private static boolean isSecondNomination(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().contains(ONE_PER_NOMINEE)) {
                return true;
            }
            if (t instanceof ProblemException) {
                return false;
            }
        }
        return false;
    }
}
