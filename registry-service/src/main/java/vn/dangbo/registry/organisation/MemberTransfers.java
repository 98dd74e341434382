package vn.dangbo.registry.organisation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the tree needs to know of members, implemented by the member feature (which itself depends on the
 * tree): a dissolved organisation must be empty, a merger carries its members to the target.
 */
public interface MemberTransfers {

    /** Members still on the list (not left) whose cell is this organisation. */
    long activeMembersIn(UUID organisationId);

    /** Transfers every active member of {@code from} to {@code to}, each as a lifecycle step; returns how many. */
    int transferAll(UUID from, UUID to, LocalDate effectiveDate, String decisionReference);
}
