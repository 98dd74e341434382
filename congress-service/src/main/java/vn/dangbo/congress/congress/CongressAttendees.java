package vn.dangbo.congress.congress;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.congress.congress.CongressEvents.Attendee;
import vn.dangbo.congress.roll.MemberRollRepository;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.text.VietnameseText;

/**
 * Who is expected at an all-member congress: every member on the roll of the organisation's subtree (full and
 * probationary), with only what an attendee list prints (name, status, cell), never the roll's personal data. The
 * list is bounded: an organisation holds an all-member congress only below the rule set's delegate-congress
 * threshold (200 members in 2020), so the event that carries it stays small.
 */
@ApplicationScoped
public class CongressAttendees {

    private final MemberRollRepository roll;
    private final OrganisationDirectory organisations;

    public CongressAttendees(MemberRollRepository roll, OrganisationDirectory organisations) {
        this.roll = roll;
        this.organisations = organisations;
    }

    /** @return the attendees by cell, then by name (Vietnamese order); null for a delegate congress */
    public List<Attendee> of(Congress congress, KnownOrganisation organisation) {
        if (congress.kind != CongressKind.ALL_MEMBER) {
            return null; // the delegates are elected by the congresses below, later
        }
        Map<UUID, String> cellNames = new HashMap<>();
        Comparator<Attendee> byCell = Comparator.comparing(Attendee::cellName, VietnameseText.collator());
        return roll.activeInSubtree(organisation).stream()
                .map(m -> new Attendee(m.fullName, m.status, cellNames.computeIfAbsent(m.organisationId,
                        id -> organisations.find(id).map(o -> o.name).orElse(organisation.name))))
                .sorted(byCell.thenComparing(a -> VietnameseText.sortKey(a.fullName())))
                .toList();
    }
}
