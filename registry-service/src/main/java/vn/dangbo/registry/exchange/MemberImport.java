package vn.dangbo.registry.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.jboss.logging.Logger;
import vn.dangbo.kit.security.AccessGuard.WriteGrant;
import vn.dangbo.kit.web.Problem.FieldError;
import vn.dangbo.registry.exchange.RowReport.MemberRow;
import vn.dangbo.registry.member.Member;
import vn.dangbo.registry.member.MemberBulkWriter;
import vn.dangbo.registry.member.MemberRecords.RegisterMemberRequest;
import vn.dangbo.registry.member.MemberRecordChanges;
import vn.dangbo.registry.member.MemberRegistration;
import vn.dangbo.registry.organisation.Organisation;
import vn.dangbo.registry.organisation.OrganisationQueries;

/**
 * The member import, on the job machine ({@link ImportWorker}). A row whose national ID is already registered
 * updates that member's record (handbook data) instead of creating one; its lifecycle data (organisation,
 * admission and full-membership dates) is never changed by an import, so a row that differs there refuses the
 * file. Importing the same file twice changes nothing. The report lists the rows a user must read: the invalid
 * ones and the changed records; the rows that create a member or change nothing are only counted (a national
 * file has millions of them).
 */
@ApplicationScoped
public class MemberImport implements ImportKind {

    private static final Logger LOG = Logger.getLogger(MemberImport.class);
    private static final int CHUNK = 5_000;

    private final MemberRegistration members;
    private final MemberRecordChanges records;
    private final MemberBulkWriter bulk;
    private final OrganisationQueries organisations;
    private final Validator validator;

    public MemberImport(MemberRegistration members, MemberRecordChanges records, MemberBulkWriter bulk,
            OrganisationQueries organisations, Validator validator) {
        this.members = members;
        this.records = records;
        this.bulk = bulk;
        this.organisations = organisations;
        this.validator = validator;
    }

    @Override
    public ImportJob.Kind kind() {
        return ImportJob.Kind.MEMBERS;
    }

    @Override
    public String noun() {
        return "đảng viên";
    }

    @Override
    public List<String> columns() {
        return MemberCsv.COLUMNS;
    }

    @Override
    public int chunkSize() {
        return CHUNK;
    }

    @Override
    public int writeTimeoutSeconds() {
        return 6 * 3600;
    }

    @Override
    public Run start(Upload upload) {
        return new MemberRun(upload);
    }

    /** One file: what its rows hold, checked so far, and the rows to create and update. */
    private final class MemberRun implements Run {

        private final Upload upload;
        private final WriteGrant requester;
        private MemberCsv.Header header;
        private final BitSet toCreate = new BitSet();
        private final BitSet toUpdate = new BitSet();
        // what earlier rows of the file hold: a national file has millions of rows, so not as strings
        private final LongSet nationalIds = new LongSet();
        private final LongSet numericPartyCards = new LongSet();
        private final Set<String> otherPartyCards = new HashSet<>();
        // organisation lookups, cached for the job (null: no organisation with that id)
        private final Map<UUID, Organisation> organisationsById = new HashMap<>();

        MemberRun(Upload upload) {
            this.upload = upload;
            this.requester = upload.requester();
        }

        @Override
        public boolean header(ImportRows.Row names, Outcomes outcomes) {
            header = MemberCsv.header(names.values());
            if (!header.errors().isEmpty()) {
                outcomes.list(MemberRow.invalid(names.number(), null, header.errors()));
                return false;
            }
            return true;
        }

        /** One database lookup per chunk (members, party cards, organisations), not per row. */
        @Override
        public void check(List<ImportRows.Row> rows, Outcomes outcomes) {
            List<MemberCsv.Parsed> parsed = new ArrayList<>(rows.size());
            Set<String> chunkNationalIds = new HashSet<>();
            Set<String> partyCards = new HashSet<>();
            Set<UUID> organisationIds = new HashSet<>();
            for (ImportRows.Row row : rows) {
                MemberCsv.Parsed p = MemberCsv.parse(header, row.values(), row.numeric());
                parsed.add(p);
                RegisterMemberRequest r = p.request();
                if (r.nationalId() != null) {
                    chunkNationalIds.add(r.nationalId());
                }
                if (r.partyCardNumber() != null) {
                    partyCards.add(r.partyCardNumber());
                }
                if (r.organisationId() != null && !organisationsById.containsKey(r.organisationId())) {
                    organisationIds.add(r.organisationId());
                }
            }
            Map<String, Member> stored = members.byNationalIds(chunkNationalIds);
            Set<String> cardsTaken = members.partyCardsTaken(partyCards);
            Map<UUID, Organisation> found = organisations.byIds(organisationIds);
            organisationIds.forEach(id -> organisationsById.put(id, found.get(id)));
            for (int i = 0; i < rows.size(); i++) {
                check(rows.get(i).number(), parsed.get(i), stored, cardsTaken, outcomes);
            }
        }

        private void check(int row, MemberCsv.Parsed parsed, Map<String, Member> stored, Set<String> cardsTaken,
                Outcomes outcomes) {
            RegisterMemberRequest request = parsed.request();
            List<FieldError> errors = new ArrayList<>(parsed.errors());
            Set<String> failed = new HashSet<>();
            errors.forEach(e -> failed.add(e.field()));
            for (ConstraintViolation<RegisterMemberRequest> v : validator.validate(request)) {
                String field = v.getPropertyPath().toString();
                if (failed.add(field)) {
                    errors.add(new FieldError(field, v.getMessage()));
                }
            }
            if (errors.isEmpty()) {
                if (!nationalIds.add(Long.parseLong(request.nationalId()))) {
                    errors.add(new FieldError("nationalId", "số CCCD trùng với một dòng trước trong tệp"));
                } else if (stored.containsKey(request.nationalId())) {
                    checkUpdate(row, request, stored.get(request.nationalId()), outcomes);
                    return;
                }
            }
            if (errors.isEmpty()) {
                errors.addAll(members.registrationProblems(request, organisationsById.get(request.organisationId()),
                        request.partyCardNumber() != null && cardsTaken.contains(request.partyCardNumber())));
                if (request.partyCardNumber() != null && !firstWithPartyCard(request.partyCardNumber())) {
                    errors.add(new FieldError("partyCardNumber", "số thẻ đảng trùng với một dòng trước trong tệp"));
                }
            }
            if (errors.isEmpty() && !requester.mayWrite(request.organisationId())) {
                errors.add(new FieldError("organisationId",
                        "cán bộ chỉ được nhập đảng viên vào tổ chức đảng được giao phụ trách"));
            }
            if (!errors.isEmpty()) {
                outcomes.list(MemberRow.invalid(row, request.fullName(), errors));
                return;
            }
            toCreate.set(row);
            outcomes.count(RowOutcome.VALID);
        }

        /** A row whose national ID is registered: the record fields it changes, or why it may not. */
        private void checkUpdate(int row, RegisterMemberRequest request, Member stored, Outcomes outcomes) {
            if (!requester.mayWrite(stored.organisationId)) {
                outcomes.list(MemberRow.invalid(row, request.fullName(), List.of(new FieldError("nationalId",
                        "đảng viên có số CCCD này ở tổ chức đảng ngoài phạm vi cán bộ được giao phụ trách"))));
                return;
            }
            MemberRecordChanges.RecordChange change = records.recordChange(stored, request, header.positions().keySet());
            if (!change.problems().isEmpty()) {
                outcomes.list(MemberRow.invalid(row, request.fullName(), change.problems()));
            } else if (change.changedFields().isEmpty()) {
                outcomes.count(RowOutcome.UNCHANGED);
            } else {
                toUpdate.set(row);
                outcomes.list(new MemberRow(row, request.fullName(), RowOutcome.CHANGED, List.of(),
                        change.changedFields()));
            }
        }

        /** @return false when an earlier row of the file has the card */
        private boolean firstWithPartyCard(String card) {
            if (card.length() <= 18 && card.chars().allMatch(Character::isDigit)) {
                return numericPartyCards.add(Long.parseLong(card));
            }
            return otherPartyCards.add(card);
        }

        @Override
        public int rowsToWrite(Outcomes.Counts counts) {
            return counts.created() + counts.updated();
        }

        /**
         * New members go in with COPY ({@link MemberBulkWriter}), then the changed records are updated one by
         * one, all in the machine's one transaction.
         */
        @Override
        public int write(IntConsumer progress) {
            String actor = requester.actor();
            int total = toCreate.cardinality() + toUpdate.cardinality();
            int passes = MemberBulkWriter.TABLES.size() + 1;
            long[] passStart = {System.nanoTime()};
            int written = bulk.registerAll(() -> MarkedRows.of(upload, toCreate),
                    id -> organisationsById.get(id).path, actor, pass -> {
                LOG.infof("Import %s: %s written in %d ms", upload.jobId(), MemberBulkWriter.TABLES.get(pass - 1),
                        (System.nanoTime() - passStart[0]) / 1_000_000);
                progress.accept((int) ((long) total * pass / passes));
                passStart[0] = System.nanoTime();
            });
            int changed = 0;
            // a re-import changes only the columns the file has
            Set<String> columns = header.positions().keySet();
            for (var it = MarkedRows.of(upload, toUpdate); it.hasNext();) {
                if (records.updateRecordFor(actor, it.next(), columns).isEmpty()) {
                    throw new IllegalStateException("a row changed nothing although it did when checked");
                }
                changed++;
            }
            if (written != toCreate.cardinality() || changed != toUpdate.cardinality()) {
                throw new IllegalStateException("the file changed between checking and writing");
            }
            return written;
        }
    }
}
