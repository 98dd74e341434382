package vn.dangbo.congress.election;

import java.util.UUID;

/** Responses of the election API. */
public final class ElectionRecords {

    private ElectionRecords() {
    }

    public record ElectionStructureResponse(UUID organisationId, String organisationName, String organisationType,
            long fullMembers, long probationaryMembers, ElectionStructure structure, String description) {
    }
}
