package vn.dangbo.congress.roll;

import java.util.Set;

/**
 * The registry's member events this service applies. Each carries the member's public state after the
 * change at {@code /member} (schema: the registry's {@code /events/schemas/<type>.json}).
 */
public final class MemberRollEvents {

    public static final String TOPIC = "registry.members.v1";
    public static final String REGISTERED = "vn.dangbo.registry.member.registered.v1";

    /** Types applied as an upsert of {@code /member}; any other type on the topic is recorded and ignored. */
    public static final Set<String> MEMBER_STATE_TYPES = Set.of(REGISTERED);

    private MemberRollEvents() {
    }
}
