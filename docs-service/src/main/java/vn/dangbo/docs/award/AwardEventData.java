package vn.dangbo.docs.award;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.messaging.InvalidEventException;
import vn.dangbo.kit.organisation.OrganisationType;

/**
 * What the documents need of the events of {@code emulation.awards.v1}, read from their JSON: the contract is
 * emulation-service's schema files ({@code award.decided.v1}, {@code award.proposed.v1}), not its Java. Fields the
 * documents do not print are ignored, so the producer may add fields without breaking this consumer. Plain Java.
 */
public final class AwardEventData {

    public static final String TOPIC = "emulation.awards.v1";
    public static final String AWARD_DECIDED = "vn.dangbo.emulation.award.decided.v1";
    public static final String AWARD_PROPOSED = "vn.dangbo.emulation.award.proposed.v1";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private AwardEventData() {
    }

    public record Movement(UUID id, String name, String planId) {
    }

    /** The bloc committee running the movement: the documents are issued and numbered in its name and term. */
    public record Issuer(UUID id, String name, String shortCode, String type, String term) {

        /** A cell issues in its own name; a committee through its đảng ủy. */
        public boolean cell() {
            return OrganisationType.parse(type).map(OrganisationType::holdsMembers).orElse(false);
        }
    }

    public record HigherBody(UUID id, String name) {
    }

    /** @param awardedBy the body awarding it, e.g. Ban Thường vụ Đảng ủy Khối */
    public record Form(String code, String name, String awardedBy) {
    }

    public record Decision(UUID id, Form form, String decidedOn, List<String> basis, String reason) {
    }

    /** @param to the body asked, e.g. Ban Thường vụ Tỉnh ủy Lào Cai */
    public record Proposal(UUID id, Form form, String to, String proposedOn, String reason) {
    }

    /**
     * @param kind             ORGANISATION (tập thể) or MEMBER (cá nhân)
     * @param organisationName the organisation awarded, or the member's
     */
    public record Recipient(UUID awardId, String kind, String name, UUID organisationId, String organisationName,
            UUID memberId, String achievement) {

        public boolean collective() {
            return "ORGANISATION".equals(kind);
        }
    }

    public record AwardDecided(Movement movement, Issuer issuer, HigherBody higherBody, Decision decision,
            List<Recipient> recipients) {
    }

    public record AwardProposed(Movement movement, Issuer issuer, HigherBody higherBody, Proposal proposal,
            List<Recipient> recipients) {
    }

    public static AwardDecided awardDecided(IncomingEvent event) {
        AwardDecided data = read(event, AwardDecided.class);
        require(event, data.movement(), data.issuer(), data.decision(), data.recipients());
        require(event, data.decision().id(), data.decision().form(), data.decision().reason(),
                data.issuer().term());
        recipients(event, data.recipients());
        date(event, data.decision().decidedOn());
        return data;
    }

    public static AwardProposed awardProposed(IncomingEvent event) {
        AwardProposed data = read(event, AwardProposed.class);
        require(event, data.movement(), data.issuer(), data.proposal(), data.recipients());
        require(event, data.proposal().id(), data.proposal().form(), data.proposal().to(), data.proposal().reason(),
                data.issuer().term());
        recipients(event, data.recipients());
        date(event, data.proposal().proposedOn());
        return data;
    }

    private static void recipients(IncomingEvent event, List<Recipient> recipients) {
        if (recipients.isEmpty()) {
            throw new InvalidEventException("event " + event.id() + " (" + event.type() + ") names no recipient");
        }
        for (Recipient r : recipients) {
            require(event, r.awardId(), r.kind(), r.name(), r.organisationName(), r.achievement());
        }
    }

    static LocalDate date(IncomingEvent event, String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidEventException("event " + event.id() + " (" + event.type() + ") has a date that is not "
                    + "ISO 8601: " + date);
        }
    }

    private static <T> T read(IncomingEvent event, Class<T> type) {
        try {
            return JSON.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEventException("event " + event.id() + " (" + event.type() + ") does not follow its "
                    + "schema: " + e.getMessage());
        }
    }

    private static void require(IncomingEvent event, Object... parts) {
        for (Object part : parts) {
            if (part == null) {
                throw new InvalidEventException("event " + event.id() + " (" + event.type() + ") does not follow its "
                        + "schema: it lacks a part the schema requires (movement, issuer, decision or proposal, "
                        + "recipients)");
            }
        }
    }
}
