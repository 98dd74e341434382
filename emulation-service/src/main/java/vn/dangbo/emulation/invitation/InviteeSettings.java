package vn.dangbo.emulation.invitation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * The {@code invitees} section: per kind of event, its invitee groups in the plan's order (§II.3: the seminar's 5,
 * §II.7: the meeting's 7), each with where its people come from.
 *
 * @param seminar the seminar's groups
 * @param meeting the meeting's groups
 */
public record InviteeSettings(String source, @JsonProperty("SEMINAR") List<Group> seminar,
        @JsonProperty("MEETING") List<Group> meeting) {

    /** Where a group's people come from. */
    public enum Source {
        /** People outside the registry the office enters or imports (provincial leaders, former leaders, staff). */
        EXTERNAL,
        /** Members holding one of {@code roles} in the bloc organisation itself (its executive committee). */
        BLOC_COMMITTEE,
        /** The holder of {@code roles} in every participant, or of {@code substitute} where there is none: one seat. */
        GRASSROOTS_SECRETARIES,
        /** The holder of {@code roles} in each cell the office chose. */
        CHOSEN_CELL_SECRETARIES,
        /** Part 1's award recipients, automatically: a member in person, a collective by the holder of {@code roles}. */
        AWARD_RECIPIENTS
    }

    /**
     * @param roles      the registry's positions that put a member in the group (SECRETARY...)
     * @param substitute the position that takes the seat of an organisation without a holder of {@code roles}
     */
    public record Group(String code, String label, Source source, List<String> roles, String substitute) {

        public List<String> roles() {
            return roles == null ? List.of() : roles;
        }
    }

    public List<Group> groups(String kind) {
        List<Group> groups = switch (kind) {
            case "SEMINAR" -> seminar;
            case "MEETING" -> meeting;
            default -> null;
        };
        return groups == null ? List.of() : groups;
    }

    public Optional<Group> group(String kind, String code) {
        return groups(kind).stream().filter(g -> g.code().equals(code)).findFirst();
    }
}
