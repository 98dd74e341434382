package vn.dangbo.emulation.award;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.movement.IssuingBody;
import vn.dangbo.emulation.movement.IssuingBody.Body;
import vn.dangbo.emulation.movement.IssuingBody.Issuer;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.nomination.Nomination;
import vn.dangbo.kit.organisation.OrganisationDirectory;

/**
 * The events of awards on {@code emulation.awards.v1}, shaped as their schemas in
 * {@code META-INF/resources/events/schemas/} say: docs-service builds the decision, the certificates and the
 * proposal from them alone.
 */
@ApplicationScoped
public class AwardEvents {

    public static final String TOPIC = "emulation.awards.v1";
    public static final String DECIDED = "vn.dangbo.emulation.award.decided.v1";
    public static final String PROPOSED = "vn.dangbo.emulation.award.proposed.v1";
    public static final String REVOKED = "vn.dangbo.emulation.award.revoked.v1";
    public static final String CERTIFIED = "vn.dangbo.emulation.certificate.issued.v1";

    public record MovementRef(UUID id, String name, String planId) {
    }

    public record Form(String code, String name, String awardedBy) {
    }

    public record Recipient(UUID awardId, String kind, String name, UUID organisationId, String organisationName,
            UUID memberId, String achievement) {
    }

    public record Decision(UUID id, Form form, LocalDate decidedOn, List<String> basis, String reason) {
    }

    public record Decided(MovementRef movement, Issuer issuer, Body higherBody, Decision decision,
            List<Recipient> recipients) {
    }

    public record Proposal(UUID id, Form form, String to, LocalDate proposedOn, String reason) {
    }

    public record Proposed(MovementRef movement, Issuer issuer, Body higherBody, Proposal proposal,
            List<Recipient> recipients) {
    }

    public record Certificate(UUID documentId, int number, String symbol, LocalDate issuedOn) {
    }

    public record AwardRef(UUID id, String state, Form form, UUID decisionId, String decisionSymbol,
            Recipient recipient) {
    }

    public record CertificateIssued(MovementRef movement, AwardRef award, Certificate certificate) {
    }

    public record Revoked(MovementRef movement, AwardRef award, String previousState, String reason,
            Instant revokedAt) {
    }

    private final OrganisationDirectory organisations;
    private final IssuingBody issuingBody;

    public AwardEvents(OrganisationDirectory organisations, IssuingBody issuingBody) {
        this.organisations = organisations;
        this.issuingBody = issuingBody;
    }

    public MovementRef movement(Movement movement) {
        return new MovementRef(movement.id, movement.name, movement.planId);
    }

    /** The bloc committee running the movement: the decision is issued and numbered in its name and term. */
    public Issuer issuer(Movement movement) {
        return issuingBody.issuer(movement);
    }

    /** The body above the bloc (printed above it in the header), when the directory knows it. */
    public Body higherBody(Movement movement) {
        return issuingBody.higherBody(movement);
    }

    public Recipient recipient(Nomination n) {
        boolean member = n.nomineeKind == Nomination.NomineeKind.MEMBER;
        String organisationName = organisations.find(n.organisationId).map(o -> o.name)
                .orElse(member ? "Không rõ đơn vị" : n.nomineeName);
        return new Recipient(n.id, n.nomineeKind.name(), n.nomineeName, n.organisationId, organisationName,
                member ? n.nomineeId : null, n.achievement);
    }

    public static Form form(AwardSettings.Form form) {
        return new Form(form.code(), form.name(), form.awardedBy());
    }

    public AwardRef award(Nomination n, AwardSettings.Form form, Award award, AwardDecision decision) {
        return new AwardRef(n.id, n.state.name(), form(form), award.decisionId,
                decision == null ? null : decision.documentSymbol, recipient(n));
    }
}
