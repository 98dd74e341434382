package vn.dangbo.emulation.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.emulation.award.AwardRecords.RecipientResponse;
import vn.dangbo.emulation.award.AwardRegister;
import vn.dangbo.emulation.invitation.EventDesk.Desk;
import vn.dangbo.emulation.invitation.InviteeRules.Candidate;
import vn.dangbo.emulation.invitation.InviteeSettings.Group;
import vn.dangbo.emulation.member.KnownMember;
import vn.dangbo.emulation.member.MemberDirectory;
import vn.dangbo.emulation.member.MemberPosition;
import vn.dangbo.emulation.movement.MovementService;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The people each group of an event brings, read live: the registry's members by their positions (the bloc's
 * committee, the participants' secretaries or their deputies, the chosen cells' secretaries), part 1's award
 * recipients, and the office's guests.
 */
@ApplicationScoped
public class InviteeSources {

    private final MemberDirectory members;
    private final OrganisationDirectory organisations;
    private final MovementService participants;
    private final AwardRegister awards;
    private final InvitationRepository repository;

    public InviteeSources(MemberDirectory members, OrganisationDirectory organisations, MovementService participants,
            AwardRegister awards, InvitationRepository repository) {
        this.members = members;
        this.organisations = organisations;
        this.participants = participants;
        this.awards = awards;
        this.repository = repository;
    }

    /** Every group's people, group after group in the plan's order. */
    public List<Candidate> candidates(Desk desk) {
        Map<UUID, String> orgNames = new HashMap<>();
        List<Candidate> all = new ArrayList<>();
        UUID blocId = desk.movement().blocId;
        for (Group group : desk.groups()) {
            switch (group.source()) {
                case EXTERNAL -> all.addAll(guests(desk, group));
                case BLOC_COMMITTEE -> {
                    String bloc = name(blocId, orgNames);
                    for (String role : group.roles()) {
                        for (KnownMember m : sorted(members.holding(blocId, role))) {
                            all.add(member(m, group, InviteeRules.roleLabel(role) + " " + bloc, blocId, orgNames));
                        }
                    }
                }
                case GRASSROOTS_SECRETARIES -> {
                    for (KnownOrganisation org : participants.eligibleOrganisations(blocId)) {
                        seat(org.id, group, blocId, orgNames).ifPresent(all::add);
                    }
                }
                case CHOSEN_CELL_SECRETARIES -> {
                    for (UUID cell : repository.chosenCells(desk.gathering().id, group.code())) {
                        seat(cell, group, blocId, orgNames).ifPresent(all::add);
                    }
                }
                case AWARD_RECIPIENTS -> all.addAll(recipients(desk, group, orgNames));
            }
        }
        return all;
    }

    /** An organisation's one seat: the holder of the group's role, else of its substitute position. */
    private Optional<Candidate> seat(UUID organisationId, Group group, UUID blocId, Map<UUID, String> orgNames) {
        String org = name(organisationId, orgNames);
        for (String role : group.roles()) {
            List<KnownMember> holders = sorted(members.holding(organisationId, role));
            if (!holders.isEmpty()) {
                return Optional.of(member(holders.get(0), group, InviteeRules.roleLabel(role) + " " + org, blocId,
                        orgNames));
            }
        }
        if (group.substitute() != null) {
            List<KnownMember> deputies = sorted(members.holding(organisationId, group.substitute()));
            if (!deputies.isEmpty()) {
                String absent = group.roles().isEmpty() ? "" : " (dự thay: chưa có "
                        + InviteeRules.roleLabel(group.roles().get(0)) + ")";
                return Optional.of(member(deputies.get(0), group, InviteeRules.roleLabel(group.substitute()) + " "
                        + org + absent, blocId, orgNames));
            }
        }
        return Optional.empty();
    }

    private List<Candidate> recipients(Desk desk, Group group, Map<UUID, String> orgNames) {
        List<Candidate> out = new ArrayList<>();
        UUID blocId = desk.movement().blocId;
        for (RecipientResponse r : awards.recipients(desk.movement().id)) {
            if (r.memberId() != null) {
                Optional<KnownMember> known = members.find(r.memberId()).filter(m -> !m.hasLeft());
                if (known.isPresent()) {
                    out.add(member(known.get(), group, r.form(), blocId, orgNames));
                }
            } else {
                Optional<Candidate> representative = seat(r.organisationId(), group, blocId, orgNames);
                representative.map(c -> new Candidate(c.personKey(), c.memberId(), c.fullName(), c.title(),
                        c.organisationName(), c.organisationId(), c.groupCode(), "Đại diện tập thể " + r.name()
                                + " được khen thưởng (" + r.form() + ")")).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The office's guests of the group; a guest entered twice (same name and organisation) is one person. */
    private List<Candidate> guests(Desk desk, Group group) {
        Map<String, UUID> firstEntry = new LinkedHashMap<>();
        List<InvitationGuest> guests = repository.guests(desk.gathering().id);
        for (InvitationGuest g : guests) {
            firstEntry.putIfAbsent(InviteeRules.guestIdentity(g.fullName, g.organisationName), g.id);
        }
        return guests.stream().filter(g -> g.groupCode.equals(group.code()))
                .map(g -> new Candidate(Invitee.externalKey(firstEntry.get(InviteeRules.guestIdentity(g.fullName,
                        g.organisationName))), null, g.fullName, g.title, g.organisationName, null, group.code(),
                        null))
                .toList();
    }

    private Candidate member(KnownMember m, Group group, String reason, UUID blocId, Map<UUID, String> orgNames) {
        List<InviteeRules.Position> positions = new ArrayList<>();
        for (MemberPosition p : m.positions) {
            positions.add(new InviteeRules.Position(p.role, name(p.organisationId, orgNames),
                    p.organisationId.equals(blocId)));
        }
        return new Candidate(Invitee.memberKey(m.id), m.id, m.fullName, InviteeRules.memberTitle(positions),
                name(m.organisationId, orgNames), m.organisationId, group.code(), reason);
    }

    private String name(UUID organisationId, Map<UUID, String> names) {
        return names.computeIfAbsent(organisationId,
                id -> organisations.find(id).map(o -> o.name).orElse(null));
    }

    private static List<KnownMember> sorted(List<KnownMember> members) {
        return members.stream().sorted(Comparator.comparing((KnownMember m) -> VietnameseText.sortKey(m.fullName))
                .thenComparing(m -> m.id)).toList();
    }
}
