package vn.dangbo.congress.roll;

import static vn.dangbo.kit.text.VietnameseText.nfcStripped;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.messaging.InvalidEventException;

/** The member roll, rebuilt from {@code registry.members.v1}: every member event is an upsert of its state. */
@ApplicationScoped
public class MemberRoll {

    private static final Logger LOG = Logger.getLogger(MemberRoll.class);

    private final MemberRollRepository members;

    public MemberRoll(MemberRollRepository members) {
        this.members = members;
    }

    /** @return the member as stored after the event, or null when the event type is not one this service applies */
    @Transactional(Transactional.TxType.MANDATORY)
    public RollMember apply(IncomingEvent event) {
        if (!MemberRollEvents.carriesMemberState(event.type())) {
            // forward compatible: a newer registry may publish types this version does not know
            LOG.debugf("member roll: ignoring event %s of unknown type %s", event.id(), event.type());
            return null;
        }
        UUID id = uuid(event, "/member/id");
        long version = event.required("/member/version").asLong();
        RollMember member = members.findById(id);
        if (member != null && member.version >= version) {
            return member; // an older (or the same) state arriving late changes nothing
        }
        String status = event.required("/member/status").asText();
        if (!RollMember.FULL.equals(status) && !RollMember.PROBATIONARY.equals(status)) {
            throw new InvalidEventException("event " + event.id() + " has an unknown member status " + status);
        }
        boolean isNew = member == null;
        if (isNew) {
            member = new RollMember();
            member.id = id;
        }
        member.organisationId = uuid(event, "/member/organisationId");
        member.fullName = nfcStripped(event.required("/member/fullName").asText());
        member.sex = event.required("/member/sex").asText();
        member.birthMonth = event.required("/member/birthMonth").asText();
        member.ethnicity = nfcStripped(event.required("/member/ethnicity").asText());
        member.status = status;
        // state fields came with the registry's lifecycle events; older events lack them (still valid v1)
        JsonNode state = event.data().at("/member/state");
        member.state = state.isTextual() ? state.asText() : RollMember.ACTIVE;
        JsonNode attachedTo = event.data().at("/member/attachedTo");
        member.attachedTo = attachedTo.isTextual() ? UUID.fromString(attachedTo.asText()) : null;
        member.exempted = event.data().at("/member/exempted").asBoolean(false);
        // the roll as at a congress date is counted from these (registered and made-full events may omit leftOn)
        member.admittedOn = date(event, "/member/admittedOn");
        member.fullMemberOn = date(event, "/member/fullMemberOn");
        member.leftOn = date(event, "/member/leftOn");
        member.positions.clear();
        member.positions.addAll(currentPositions(event));
        member.version = version;
        if (isNew) {
            // persist only a complete member: the insert carries the state as it is at persist time
            members.persist(member);
        }
        return member;
    }

    /** The positions without an end date; events from before positions were published carry none. */
    private static Set<RollPosition> currentPositions(IncomingEvent event) {
        Set<RollPosition> current = new HashSet<>();
        for (JsonNode position : event.data().at("/member/positions")) {
            JsonNode endedOn = position.path("endedOn");
            if (endedOn.isMissingNode() || endedOn.isNull()) {
                current.add(new RollPosition(uuid(event, position.path("organisationId").asText(),
                        "/member/positions/organisationId"), position.path("role").asText()));
            }
        }
        return current;
    }

    /** An optional date: absent or null is null, anything else must be an ISO date. */
    private static LocalDate date(IncomingEvent event, String pointer) {
        JsonNode value = event.data().at(pointer);
        if (!value.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("event " + event.id() + ": " + pointer + " is not a date: " + value.asText());
        }
    }

    private static UUID uuid(IncomingEvent event, String pointer) {
        return uuid(event, event.required(pointer).asText(), pointer);
    }

    private static UUID uuid(IncomingEvent event, String value, String pointer) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("event " + event.id() + ": " + pointer + " is not a UUID: " + value);
        }
    }
}
