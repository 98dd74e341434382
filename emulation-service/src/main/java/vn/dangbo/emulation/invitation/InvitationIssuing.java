package vn.dangbo.emulation.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.invitation.EventDesk.Desk;
import vn.dangbo.emulation.invitation.InvitationEvents.Invitation;
import vn.dangbo.emulation.invitation.InvitationEvents.Requested;
import vn.dangbo.emulation.invitation.InvitationRecords.BatchResponse;
import vn.dangbo.emulation.invitation.InvitationRecords.DocumentView;
import vn.dangbo.emulation.invitation.InvitationRecords.IssueRequest;
import vn.dangbo.emulation.invitation.InvitationRecords.IssueResponse;
import vn.dangbo.emulation.movement.IssuingBody;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.security.AccessGuard;

/**
 * Issues an event's invitations through docs-service: the invitees refreshed, then ONE batch of those whose
 * invitation would read differently from the last one issued to them (added, renamed, a new role, the event moved),
 * {@code invitations.requested.v1} in the same transaction. Nothing changed: no batch.
 */
@ApplicationScoped
public class InvitationIssuing {

    private final EventDesk desks;
    private final InviteeRefresh refresh;
    private final InvitationRepository repository;
    private final IssuingBody issuingBody;
    private final ChangeRecorder changes;
    private final AccessGuard access;
    private final Clock clock;

    public InvitationIssuing(EventDesk desks, InviteeRefresh refresh, InvitationRepository repository,
            IssuingBody issuingBody, ChangeRecorder changes, AccessGuard access, Clock clock) {
        this.desks = desks;
        this.refresh = refresh;
        this.repository = repository;
        this.issuingBody = issuingBody;
        this.changes = changes;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public IssueResponse issue(UUID movementId, UUID eventId, IssueRequest request) {
        Desk desk = desks.write(movementId, eventId);
        refresh.apply(desk);
        List<Invitee> invitees = repository.invitees(desk.gathering().id);
        List<String> warnings = warnings(desk, invitees);
        UUID batchId = UUID.randomUUID();
        List<Invitation> invitations = new ArrayList<>();
        for (Invitee invitee : invitees) {
            if (invitee.withdrawn) {
                continue;
            }
            List<String> roles = desk.ordered(invitee.roles).stream().map(r -> desk.label(r.groupCode)).toList();
            String hash = InviteeRules.contentHash(invitee.fullName, invitee.title, invitee.organisationName, roles,
                    desk.gathering().onDate + " " + desk.gathering().startsAt + "-" + desk.gathering().endsAt,
                    desk.gathering().venue);
            if (hash.equals(invitee.issuedHash)) {
                continue;
            }
            invitee.issuedHash = hash;
            invitee.issuedBatchId = batchId;
            invitations.add(new Invitation(invitee.id, invitee.fullName, invitee.title, invitee.organisationName,
                    roles, invitee.token));
        }
        if (invitations.isEmpty()) {
            return new IssueResponse(null, 0, warnings);
        }
        InvitationBatch batch = new InvitationBatch();
        batch.id = batchId;
        batch.gatheringId = desk.gathering().id;
        batch.count = invitations.size();
        batch.requestedAt = Instant.now(clock);
        batch.requestedBy = access.actor();
        repository.persist(batch);
        InvitationEvents.Signature signature = request == null || request.signature() == null ? null
                : new InvitationEvents.Signature(request.signature().authority(), request.signature().position(),
                        request.signature().name());
        changes.record(Change.of(desk.gathering().id)
                .event(InvitationEvents.TOPIC, InvitationEvents.REQUESTED, () -> Requested.of(batchId,
                        desk.movement(), issuingBody.issuer(desk.movement()), issuingBody.higherBody(desk.movement()),
                        desk.gathering(), signature, invitations))
                .audit("invitation-batch", "REQUESTED", null, () -> view(batch)));
        return new IssueResponse(batchId, invitations.size(), warnings);
    }

    @Transactional
    public List<BatchResponse> batches(UUID movementId, UUID eventId) {
        Desk desk = desks.read(movementId, eventId);
        return repository.batches(desk.gathering().id).stream().map(InvitationIssuing::view).toList();
    }

    /** A group nobody is in yet, more people than the event plans for: said, never refused. */
    private static List<String> warnings(Desk desk, List<Invitee> invitees) {
        List<String> warnings = new ArrayList<>();
        List<Invitee> invited = invitees.stream().filter(i -> !i.withdrawn).toList();
        for (InviteeSettings.Group group : desk.groups()) {
            if (invited.stream().noneMatch(i -> i.roles.stream().anyMatch(r -> r.groupCode.equals(group.code())))) {
                warnings.add("Nhóm “" + group.label() + "” chưa có ai được mời");
            }
        }
        if (invited.size() > desk.gathering().plannedCount) {
            warnings.add("Số người được mời (" + invited.size() + ") vượt số dự kiến (" + desk.gathering().plannedCount
                    + " người)");
        }
        return warnings;
    }

    static BatchResponse view(InvitationBatch b) {
        DocumentView document = b.documentId == null ? null : new DocumentView(b.documentId, b.documentNumber,
                b.documentSymbol, b.documentIssuedOn, b.documentContentUrl);
        return new BatchResponse(b.id, b.count, b.requestedAt, b.requestedBy, document);
    }
}
