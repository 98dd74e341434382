package vn.dangbo.registry.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.hibernate.Session;
import vn.dangbo.kit.audit.AuditTrail;
import vn.dangbo.kit.messaging.Outbox;
import vn.dangbo.kit.persistence.CopyStream;
import vn.dangbo.registry.member.MemberRecords.MemberResponse;
import vn.dangbo.registry.member.MemberRecords.RegisterMemberRequest;

/**
 * Registers many members at once (a national member file) with the rows {@link MemberRegistration#register} would
 * write — the member, its history, its registered event and snapshot in the outbox, its audit entry — but
 * streamed into each table with COPY, so a file of millions of rows costs about what a raw COPY of those rows
 * costs. The caller has checked every row with the registration rules first; this class writes, it does not
 * judge. One pass over the rows per table: the rows are read again each time rather than held in memory.
 */
@ApplicationScoped
public class MemberBulkWriter {

    /** The tables a bulk registration fills, in the order written (the history refers to the member rows). */
    public static final List<String> TABLES = List.of("member", "member_event", "outbox_event", "audit_entry");

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final AuditTrail audit;

    public MemberBulkWriter(EntityManager entityManager, Outbox outbox, AuditTrail audit) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.audit = audit;
    }

    /**
     * @param rows     a fresh iterator over the same valid rows, in the same order, on every call
     * @param organisationPaths the path of each cell the rows name (checked to exist)
     * @param progress told the number of passes done (1 to {@link #TABLES}.size())
     * @return the members registered
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int registerAll(Supplier<Iterator<RegisterMemberRequest>> rows,
            java.util.function.Function<UUID, String> organisationPaths, String actor, IntConsumer progress) {
        entityManager.flush();
        Session session = entityManager.unwrap(Session.class);
        return session.doReturningWork(connection -> write(connection, rows, organisationPaths, actor, progress));
    }

    private int write(Connection connection, Supplier<Iterator<RegisterMemberRequest>> rows,
            java.util.function.Function<UUID, String> organisationPaths, String actor, IntConsumer progress) {
        OffsetDateTime now = OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.UTC);
        // the ids chosen in the first pass, in row order, for the passes after it
        LongList ids = new LongList();
        try (CopyStream copy = CopyStream.open(connection, "member (id, organisation_id, organisation_path, full_name, birth_date, birth_date_precision, sex, "
                + "ethnicity, religion, national_id, phone, party_card_number, admitted_on, full_member_on, job_title, "
                + "workplace, status, state, left_reason, left_on, attached_to, exempted, name_search, sort_key, "
                + "version, created_at, general_education, professional_qualification, political_theory)")) {
            for (Iterator<RegisterMemberRequest> it = rows.get(); it.hasNext();) {
                UUID id = UUID.randomUUID();
                ids.add(id.getMostSignificantBits());
                ids.add(id.getLeastSignificantBits());
                Member m = MemberRegistration.newMember(id, it.next());
                m.deriveSearchColumns();
                copy.field(m.id).field(m.organisationId).field(organisationPaths.apply(m.organisationId)).field(m.fullName).field(m.birthDate)
                        .field(m.birthDatePrecision).field(m.sex)
                        .field(m.ethnicity).field(m.religion).field(m.nationalId).field(m.phone)
                        .field(m.partyCardNumber).field(m.admittedOn).field(m.fullMemberOn).field(m.jobTitle)
                        .field(m.workplace).field(m.status).field(m.standing).field(m.leftReason).field(m.leftOn)
                        .field(m.attachedTo).field(m.exempted).field(m.nameSearch).field(m.sortKey).field(m.version)
                        .field(now).field(m.generalEducation).field(m.professionalQualification)
                        .field(m.politicalTheory);
                copy.endRow();
            }
        }
        progress.accept(1);
        try (CopyStream copy = CopyStream.open(connection, "member_event (member_id, kind, effective_date, "
                + "decision_reference, organisation_id, attached_to, recorded_at, recorded_by)")) {
            int i = 0;
            for (Iterator<RegisterMemberRequest> it = rows.get(); it.hasNext(); i++) {
                UUID id = ids.uuid(i);
                for (MemberLifecycle.Step step : MemberRegistration.registrationSteps(it.next())) {
                    copy.field(id).field(step.kind()).field(step.effectiveDate()).field((String) null)
                            .field(step.organisationId()).field(step.attachedTo()).field(now).field(actor);
                    copy.endRow();
                }
            }
            sameRows(i, ids);
        }
        progress.accept(2);
        try (Outbox.BulkEvents events = outbox.bulk(connection)) {
            int i = 0;
            for (Iterator<RegisterMemberRequest> it = rows.get(); it.hasNext(); i++) {
                Member m = MemberRegistration.newMember(ids.uuid(i), it.next());
                MemberEvents.MemberState state = MemberEvents.state(m);
                events.publish(MemberEvents.TOPIC, MemberEvents.REGISTERED, m.id.toString(),
                        new MemberEvents.Registered(state));
                events.publish(MemberEvents.SNAPSHOT_TOPIC, MemberEvents.SNAPSHOT, m.id.toString(),
                        new MemberEvents.Snapshot(state));
            }
            sameRows(i, ids);
        }
        progress.accept(3);
        try (AuditTrail.BulkEntries entries = audit.bulk(connection, actor)) {
            int i = 0;
            for (Iterator<RegisterMemberRequest> it = rows.get(); it.hasNext(); i++) {
                Member m = MemberRegistration.newMember(ids.uuid(i), it.next());
                entries.record(MemberChanges.AUDITED_AS, m.id, "REGISTERED", null, MemberResponse.of(m, true));
            }
            sameRows(i, ids);
        }
        progress.accept(4);
        return ids.size() / 2;
    }

    private static void sameRows(int rows, LongList ids) {
        if (rows != ids.size() / 2) {
            throw new IllegalStateException("the rows changed between passes");
        }
    }

    /** A growable array of longs: two per member id, a fraction of the memory of a list of UUIDs. */
    private static final class LongList {

        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        UUID uuid(int index) {
            if (2 * index + 1 >= size) {
                throw new IllegalStateException("the rows changed between passes");
            }
            return new UUID(values[2 * index], values[2 * index + 1]);
        }
    }
}
