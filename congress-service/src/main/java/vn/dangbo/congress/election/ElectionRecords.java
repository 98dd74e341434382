package vn.dangbo.congress.election;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Responses of the election API. */
public final class ElectionRecords {

    private ElectionRecords() {
    }

    public record ElectionStructureResponse(UUID organisationId, String organisationName, String organisationType,
            long fullMembers, long probationaryMembers, ElectionStructure structure, String description) {
    }

    /**
     * What a congress elects: derived from its round's rule set and the roll as at its first day
     * ({@code countedOn}), with the structure the office stated, when it has.
     *
     * @param stated        the stated sizes, or null before the office states them
     * @param statedProblem why the stated structure no longer fits the derived one (the roll changed), or null
     */
    public record CongressElectionStructureResponse(UUID congressId, UUID organisationId, String organisationName,
            String organisationType, String ruleSetId, LocalDate countedOn, long fullMembers, long probationaryMembers,
            ElectionStructure structure, String description, StatedStructure stated, String statedBy,
            Instant statedAt, String statedProblem) {
    }
}
