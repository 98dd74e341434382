package vn.dangbo.emulation.attendance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.emulation.invitation.InviteeSettings;

/**
 * The invitee groups of an event's kind as the settings section {@code invitees} lists them (owned by the
 * invitations): their order and labels, for the counts and the attendee list. A code the section no longer lists
 * (a group removed after the invitations) is shown by its code, after the listed ones.
 */
public final class InviteeGroups {

    public record Group(String code, String label) {
    }

    private final Map<String, String> labels;

    private InviteeGroups(Map<String, String> labels) {
        this.labels = labels;
    }

    /** @param section the {@code invitees} section, read by the invitations' own record of it */
    public static InviteeGroups of(InviteeSettings section, String kind) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (InviteeSettings.Group group : section.groups(kind)) {
            labels.put(group.code(), group.label() == null ? group.code() : group.label());
        }
        return new InviteeGroups(labels);
    }

    public String label(String code) {
        return labels.getOrDefault(code, code);
    }

    /** The section's groups in its order, then the {@code others} codes it does not list, in their order. */
    public List<Group> ordered(Iterable<String> others) {
        List<Group> ordered = new ArrayList<>();
        labels.forEach((code, label) -> ordered.add(new Group(code, label)));
        for (String code : others) {
            if (!labels.containsKey(code)) {
                ordered.add(new Group(code, code));
            }
        }
        return ordered;
    }
}
