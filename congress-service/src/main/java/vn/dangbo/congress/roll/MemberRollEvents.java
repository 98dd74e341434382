package vn.dangbo.congress.roll;


/**
 * The registry's member events this service applies. Each carries the member's public state after the
 * change at {@code /member} (schema: the registry's {@code /events/schemas/<type>.json}).
 */
public final class MemberRollEvents {

    public static final String TOPIC = "registry.members.v1";
    /**
     * Every member event of the registry carries the member's state after the change and is applied as an
     * upsert of {@code /member}; any other type on the topic is recorded and ignored.
     */
    public static final String MEMBER_EVENT_PREFIX = "vn.dangbo.registry.member.";

    public static boolean carriesMemberState(String type) {
        return type.startsWith(MEMBER_EVENT_PREFIX);
    }

    private MemberRollEvents() {
    }
}
