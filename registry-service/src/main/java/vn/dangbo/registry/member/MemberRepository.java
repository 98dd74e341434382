package vn.dangbo.registry.member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.persistence.LikePatterns;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    /** The members on the list of a cell (those who left are only in the history). */
    public List<Member> inOrganisation(UUID organisationId) {
        return list("organisationId = ?1 and standing = ?2 order by fullName", organisationId, Standing.ACTIVE);
    }

    public long activeIn(UUID organisationId) {
        return count("organisationId = ?1 and standing = ?2", organisationId, Standing.ACTIVE);
    }

    public boolean nationalIdTaken(String nationalId) {
        return count("nationalId", nationalId) > 0;
    }

    public java.util.Optional<Member> byNationalId(String nationalId) {
        return find("nationalId", nationalId).firstResultOptional();
    }

    /** The members with these national IDs (an import's chunk: one array lookup, then only those found). */
    public List<Member> byNationalIds(java.util.Collection<String> nationalIds) {
        java.util.Set<String> found = existing("national_id", "bpchar", nationalIds);
        return found.isEmpty() ? List.of() : list("nationalId in ?1", found);
    }

    public java.util.Set<String> partyCardsTaken(java.util.Collection<String> partyCardNumbers) {
        return existing("party_card_number", "varchar", partyCardNumbers);
    }

    /**
     * Those of the values a member column holds, in one statement with an array parameter: a chunk of thousands of
     * values as a query of thousands of bind parameters costs more to plan than to run.
     */
    private java.util.Set<String> existing(String column, String sqlType, java.util.Collection<String> values) {
        if (values.isEmpty()) {
            return java.util.Set.of();
        }
        return getEntityManager().unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            java.util.Set<String> found = new java.util.HashSet<>();
            try (var statement = connection.prepareStatement(
                    // the array of the column's own type, so its unique index answers
                    "select " + column + " from member where " + column + " = any(?::" + sqlType + "[])")) {
                statement.setArray(1, connection.createArrayOf(sqlType, values.toArray()));
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1).strip());
                    }
                }
            }
            return found;
        });
    }

    /** Whether a member other than {@code memberId} holds the party card. */
    public boolean partyCardTakenByOther(String partyCardNumber, UUID memberId) {
        return partyCardNumber != null && count("partyCardNumber = ?1 and id <> ?2", partyCardNumber, memberId) > 0;
    }

    public boolean partyCardTaken(String partyCardNumber) {
        return partyCardNumber != null && count("partyCardNumber", partyCardNumber) > 0;
    }

    /** The positions of one role in a party body, current and past, with their holders. */
    public List<MemberPosition> positionsIn(UUID bodyId, PositionRole role) {
        return getEntityManager().createQuery("from MemberPosition p join fetch p.member "
                + "where p.organisationId = :body and p.role = :role order by p.startedOn", MemberPosition.class)
                .setParameter("body", bodyId).setParameter("role", role).getResultList();
    }

    /** The positions held now (no end) in these bodies, with their holders. */
    public List<MemberPosition> currentPositionsIn(java.util.Collection<UUID> bodyIds) {
        return getEntityManager().createQuery("from MemberPosition p join fetch p.member "
                + "where p.organisationId in :bodies and p.endedOn is null order by p.startedOn, p.recordedAt",
                MemberPosition.class).setParameter("bodies", bodyIds).getResultList();
    }

    /** The positions of a body held on {@code day} ([startedOn, endedOn) covers it), with their holders. */
    public List<MemberPosition> positionsHeldOn(UUID bodyId, java.time.LocalDate day) {
        return getEntityManager().createQuery("from MemberPosition p join fetch p.member "
                + "where p.organisationId = :body and p.startedOn <= :day and (p.endedOn is null or p.endedOn > :day) "
                + "order by p.startedOn, p.recordedAt", MemberPosition.class)
                .setParameter("body", bodyId).setParameter("day", day).getResultList();
    }

    public void record(MemberHistoryEntry entry) {
        getEntityManager().persist(entry);
    }

    public List<MemberHistoryEntry> history(UUID memberId) {
        return getEntityManager().createQuery(
                "from MemberHistoryEntry e where e.memberId = :id order by e.effectiveDate, e.id",
                MemberHistoryEntry.class).setParameter("id", memberId).getResultList();
    }

    /** The members on the list now in the subtree under {@code path}. */
    public List<Member> activeInSubtree(String path) {
        return list("standing = ?1 and organisationPath like ?2",
                Standing.ACTIVE, LikePatterns.startingWith(path));
    }

    /**
     * The members with a step effective after {@code date} who ever belonged to the subtree under {@code path}:
     * those whose state on that date may differ from their state now.
     */
    public List<UUID> changedAfter(java.time.LocalDate date, String path) {
        return getEntityManager().createQuery("select distinct e.memberId from MemberHistoryEntry e "
                + "where e.effectiveDate > :date and exists (select 1 from MemberHistoryEntry h, Organisation o "
                + "where h.memberId = e.memberId and o.id = h.organisationId and o.path like :path)", UUID.class)
                .setParameter("date", date).setParameter("path", LikePatterns.startingWith(path)).getResultList();
    }

    /** The histories of the given members, each in order. */
    public List<MemberHistoryEntry> histories(List<UUID> memberIds) {
        return getEntityManager().createQuery(
                "from MemberHistoryEntry e where e.memberId in :ids order by e.memberId, e.effectiveDate, e.id",
                MemberHistoryEntry.class).setParameter("ids", memberIds).getResultList();
    }

    /** Members on the list in the subtree under {@code path} admitted on or before a date, by name order. */
    public List<Member> activeInSubtreeAdmittedBy(String path, java.time.LocalDate admittedBy) {
        return list("standing = ?1 and admittedOn <= ?2 and organisationPath like ?3 order by sortKey, id",
                Standing.ACTIVE, admittedBy, LikePatterns.startingWith(path));
    }

    /** One page of a search in Vietnamese list order, after the cursor (how it is found: MemberSearchQuery). */
    public List<Member> search(MemberSearch.Filters f, MemberSearch.Cursor after, int size, String subtreePath) {
        return search(f, after, size, subtreePath, MemberSearchQuery.Limits.DEFAULT);
    }

    List<Member> search(MemberSearch.Filters f, MemberSearch.Cursor after, int size, String subtreePath,
            MemberSearchQuery.Limits limits) {
        // in a transaction of its own (unless one is open): the query sets planner options with "set local"; the
        // members are then read as any other read of the request
        List<UUID> ids = io.quarkus.narayana.jta.QuarkusTransaction.joiningExisting().call(() -> getEntityManager()
                .unwrap(org.hibernate.Session.class).doReturningWork(
                        connection -> new MemberSearchQuery(connection, limits).page(f, after, size, subtreePath)));
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<UUID, Member> byId = new java.util.HashMap<>();
        for (Member m : list("id in ?1", ids)) {
            byId.put(m.id, m);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

}
