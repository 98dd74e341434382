package vn.dangbo.congress.roll;

import java.util.UUID;

/** A member on the roll as it stood on a date: where they are now, and whether they were a full member then. */
public record MemberOnDate(UUID id, UUID organisationId, String fullName, boolean full) {
}
