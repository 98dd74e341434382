package vn.dangbo.registry.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.registry.member.MemberRecords.CountsResponse;
import vn.dangbo.registry.organisation.Organisation;
import vn.dangbo.registry.organisation.OrganisationService;

/**
 * The counts of an organisation or its subtree on a date, exact and fast at any size. The members are first
 * counted as they stand now — from the tallies the database keeps for each bloc committee (a province or the
 * whole country: a few thousand rows instead of millions), or from the member rows of a smaller subtree — and
 * then the members whose history has a step effective after the date are taken out as they stand now and put
 * back as they stood on that date. For today that second part is empty; for a past date it is the members who
 * changed since, each counted from their history.
 */
@ApplicationScoped
public class MemberCountService {

    private static final int CHUNK = 5_000;

    private final EntityManager entityManager;
    private final MemberRepository members;
    private final OrganisationService organisations;

    public MemberCountService(EntityManager entityManager, MemberRepository members,
            OrganisationService organisations) {
        this.entityManager = entityManager;
        this.members = members;
        this.organisations = organisations;
    }

    public CountsResponse counts(UUID organisationId, LocalDate date, boolean subtree) {
        Organisation organisation = organisations.get(organisationId);
        Predicate<Organisation> inScope = subtree ? o -> o.path.startsWith(organisation.path)
                : o -> o.id.equals(organisationId);
        MemberCounting.Tally tally = new MemberCounting.Tally(date);
        if (subtree && organisation.type == OrganisationType.BLOC_COMMITTEE) {
            addTallies(tally, organisationId, date);
        } else {
            for (Member m : subtree ? members.activeInSubtree(organisation.path) : members.inOrganisation(organisationId)) {
                tally.add(counted(m, current(m)), 1);
            }
        }
        List<UUID> changed = members.changedAfter(date, organisation.path);
        for (int from = 0; from < changed.size(); from += CHUNK) {
            restate(tally, changed.subList(from, Math.min(changed.size(), from + CHUNK)), date, inScope);
        }
        MemberCounting.Counts counts = tally.counts();
        Integer electionBase = !subtree && organisation.type.holdsMembers() ? counts.electionBase() : null;
        return new CountsResponse(organisationId, date, subtree ? "subtree" : "self", counts.total(), counts.full(),
                counts.probationary(), counts.bySex(), counts.kinh(), counts.ethnicMinorities(), counts.byAgeBand(),
                electionBase);
    }

    /** The members of a bloc committee's subtree as they stand now, from the tallies (see V8__subtree_tally). */
    private void addTallies(MemberCounting.Tally tally, UUID blocId, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<Object[]> groups = entityManager.createNativeQuery(
                "select full_member, sex, kinh, members from subtree_tally where organisation_id = :id and members <> 0")
                .setParameter("id", blocId).getResultList();
        for (Object[] g : groups) {
            tally.addGroup((Boolean) g[0], Sex.valueOf((String) g[1]), (Boolean) g[2], ((Number) g[3]).longValue());
        }
        LocalDate[] bounds = MemberCounting.ageBandBirthdays(date);
        Object[] ages = (Object[]) entityManager.createNativeQuery("""
                select coalesce(sum(members) filter (where birth_date > :b30), 0),
                       coalesce(sum(members) filter (where birth_date <= :b30 and birth_date > :b40), 0),
                       coalesce(sum(members) filter (where birth_date <= :b40 and birth_date > :b50), 0),
                       coalesce(sum(members) filter (where birth_date <= :b50 and birth_date > :b60), 0),
                       coalesce(sum(members) filter (where birth_date <= :b60), 0)
                from subtree_birthday_tally where organisation_id = :id""")
                .setParameter("id", blocId).setParameter("b30", bounds[0]).setParameter("b40", bounds[1])
                .setParameter("b50", bounds[2]).setParameter("b60", bounds[3]).getSingleResult();
        for (int i = 0; i < MemberCounting.AGE_BANDS.size(); i++) {
            tally.addAges(MemberCounting.AGE_BANDS.get(i), ((Number) ages[i]).longValue());
        }
    }

    /** Takes the members out as they stand now and puts them back as they stood on the date. */
    private void restate(MemberCounting.Tally tally, List<UUID> ids, LocalDate date, Predicate<Organisation> inScope) {
        List<Member> changed = members.list("id in ?1", ids);
        Map<UUID, List<MemberLifecycle.Step>> histories = new HashMap<>();
        for (MemberHistoryEntry e : members.histories(ids)) {
            histories.computeIfAbsent(e.memberId, k -> new ArrayList<>()).add(e.step());
        }
        Map<UUID, MemberLifecycle.Snapshot> then = new HashMap<>();
        Set<UUID> organisationIds = new HashSet<>();
        for (Member m : changed) {
            MemberLifecycle.Snapshot state = MemberLifecycle.asOf(histories.getOrDefault(m.id, List.of()), date);
            then.put(m.id, state);
            organisationIds.add(m.organisationId);
            if (state != null) {
                organisationIds.add(state.organisationId());
            }
        }
        Map<UUID, Organisation> byId = organisations.byIds(organisationIds);
        for (Member m : changed) {
            if (inScope.test(byId.get(m.organisationId))) {
                tally.add(counted(m, current(m)), -1);
            }
            MemberLifecycle.Snapshot state = then.get(m.id);
            if (state != null && inScope.test(byId.get(state.organisationId()))) {
                tally.add(counted(m, state), 1);
            }
        }
    }

    private static MemberCounting.Counted counted(Member m, MemberLifecycle.Snapshot state) {
        return new MemberCounting.Counted(m.sex, m.ethnicity, m.birthDate, state);
    }

    /** The state the member row holds (derived from the whole history when it was last written). */
    private static MemberLifecycle.Snapshot current(Member m) {
        return new MemberLifecycle.Snapshot(m.organisationId, m.status, m.admittedOn, m.fullMemberOn, m.standing,
                m.leftReason, m.leftOn, m.attachedTo, m.exempted, null);
    }
}
