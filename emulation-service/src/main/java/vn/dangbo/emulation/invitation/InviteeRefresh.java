package vn.dangbo.emulation.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.emulation.invitation.EventDesk.Desk;
import vn.dangbo.emulation.invitation.InvitationRecords.RefreshResponse;
import vn.dangbo.emulation.invitation.InviteeRules.Person;
import vn.dangbo.emulation.invitation.InviteeRules.Plan;
import vn.dangbo.emulation.invitation.InviteeRules.Role;
import vn.dangbo.emulation.invitation.InviteeRules.Stored;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.text.VietnameseText;

/**
 * Builds an event's invitees from its groups: one per person whatever the groups they are in; a person no longer in
 * any group is withdrawn (kept: their invitation may be out). Refreshes of an event take turns on its row.
 */
@ApplicationScoped
public class InviteeRefresh {

    private final EventDesk desks;
    private final InviteeSources sources;
    private final InvitationRepository repository;
    private final ChangeRecorder changes;

    public InviteeRefresh(EventDesk desks, InviteeSources sources, InvitationRepository repository,
            ChangeRecorder changes) {
        this.desks = desks;
        this.sources = sources;
        this.repository = repository;
        this.changes = changes;
    }

    @Transactional
    public RefreshResponse refresh(UUID movementId, UUID eventId) {
        return apply(desks.write(movementId, eventId));
    }

    /** In the caller's transaction, the event's row locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RefreshResponse apply(Desk desk) {
        repository.lock(desk.gathering());
        List<Person> people = InviteeRules.merge(sources.candidates(desk), desk.groupOrder());
        Map<String, Invitee> byKey = new HashMap<>();
        Map<String, Stored> stored = new HashMap<>();
        for (Invitee i : repository.invitees(desk.gathering().id)) {
            byKey.put(i.personKey, i);
            stored.put(i.personKey, new Stored(i.personKey, i.fullName, i.title, i.organisationName,
                    desk.ordered(i.roles).stream().map(r -> new Role(r.groupCode, r.reason)).toList(), i.withdrawn));
        }
        Plan plan = InviteeRules.plan(people, stored);
        for (Person p : plan.added()) {
            Invitee invitee = new Invitee();
            invitee.id = UUID.randomUUID();
            invitee.gatheringId = desk.gathering().id;
            invitee.personKey = p.personKey();
            invitee.token = InvitationTokens.next();
            fill(invitee, p);
            repository.persist(invitee);
        }
        for (Person p : plan.changed()) {
            Invitee invitee = byKey.get(p.personKey());
            invitee.withdrawn = false;
            fill(invitee, p);
        }
        for (String key : plan.withdrawn()) {
            byKey.get(key).withdrawn = true;
        }
        RefreshResponse result = new RefreshResponse(plan.added().size(), plan.changed().size(),
                plan.withdrawn().size(), plan.total());
        if (result.added() + result.changed() + result.withdrawn() > 0) {
            changes.record(Change.of(desk.gathering().id).audit("invitees", "REFRESHED", null, () -> result));
        }
        return result;
    }

    private static void fill(Invitee invitee, Person p) {
        invitee.memberId = p.memberId();
        invitee.fullName = p.fullName();
        invitee.title = p.title();
        invitee.organisationName = p.organisationName();
        invitee.organisationId = p.organisationId();
        invitee.sortKey = VietnameseText.sortKey(p.fullName());
        invitee.roles.clear();
        for (Role r : p.roles()) {
            invitee.roles.add(new InviteeRole(r.groupCode(), r.reason()));
        }
    }
}
