package vn.dangbo.emulation.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import vn.dangbo.emulation.invitation.EventDesk.Desk;
import vn.dangbo.emulation.invitation.InvitationRecords.InviteePage;
import vn.dangbo.emulation.invitation.InvitationRecords.InviteeResponse;
import vn.dangbo.emulation.invitation.InvitationRecords.RoleView;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/** The invitees of an event in Vietnamese order, by group, reply or name (accents optional). */
@ApplicationScoped
public class InviteeQueries {

    private final EventDesk desks;
    private final InvitationRepository repository;

    public InviteeQueries(EventDesk desks, InvitationRepository repository) {
        this.desks = desks;
        this.repository = repository;
    }

    @Transactional
    public InviteePage list(UUID movementId, UUID eventId, String group, String reply, String q, boolean withdrawn,
            int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw ProblemException.invalid("size", "Trang từ 0, cỡ trang từ 1 đến 500");
        }
        Desk desk = desks.read(movementId, eventId);
        String folded = q == null || q.isBlank() ? null : VietnameseText.fold(q);
        List<Invitee> matching = repository.invitees(desk.gathering().id).stream()
                .filter(i -> i.withdrawn == withdrawn)
                .filter(i -> group == null || i.roles.stream().anyMatch(r -> r.groupCode.equals(group)))
                .filter(i -> reply == null || i.reply.name().equals(reply))
                .filter(i -> folded == null || Stream.of(i.fullName, i.title, i.organisationName)
                        .anyMatch(t -> t != null && VietnameseText.fold(t).contains(folded)))
                .toList();
        List<InviteeResponse> items = matching.stream().skip((long) page * size).limit(size)
                .map(i -> view(desk, i, false)).toList();
        return new InviteePage(items, page, size, matching.size());
    }

    @Transactional
    public InviteeResponse one(UUID movementId, UUID eventId, UUID inviteeId) {
        Desk desk = desks.read(movementId, eventId);
        Invitee invitee = repository.invitee(desk.gathering().id, inviteeId)
                .orElseThrow(() -> ProblemException.notFound("Không có người được mời với mã " + inviteeId));
        // the token admits a reply for the person: the office's to reprint, never a viewer's
        return view(desk, invitee, desks.mayWrite(desk));
    }

    static InviteeResponse view(Desk desk, Invitee i, boolean withToken) {
        List<RoleView> roles = desk.ordered(i.roles).stream()
                .map(r -> new RoleView(r.groupCode, desk.label(r.groupCode), r.reason)).toList();
        return new InviteeResponse(i.id, i.memberId, i.fullName, i.title, i.organisationName, roles, i.reply.name(),
                i.withdrawn, i.issuedHash != null, i.issuedBatchId, withToken ? i.token : null, i.version);
    }
}
