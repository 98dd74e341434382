package vn.dangbo.kit.security;

import java.util.UUID;

/** Knows the organisation tree well enough to say whether one organisation lies in another's subtree. */
public interface OrganisationScope {

    /** @return true when {@code organisation} is {@code root} or one of its descendants */
    boolean contains(UUID root, UUID organisation);
}
