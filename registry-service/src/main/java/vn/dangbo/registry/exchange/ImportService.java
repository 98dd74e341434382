package vn.dangbo.registry.exchange;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.security.AccessGuard.WriteGrant;
import vn.dangbo.kit.web.Problem.FieldError;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.member.Member;
import vn.dangbo.registry.member.MemberBulkWriter;
import vn.dangbo.registry.organisation.Organisation;
import vn.dangbo.registry.organisation.OrganisationQueries;
import vn.dangbo.registry.member.MemberRecords.RegisterMemberRequest;
import vn.dangbo.registry.member.MemberRecordChanges;
import vn.dangbo.registry.member.MemberRegistration;

/**
 * Imports members from CSV or XLSX as a job: the upload is streamed to a file, then a worker checks every row
 * (nothing written), and only when every row is valid writes them all in one transaction. A row whose
 * national ID is already registered updates that member's record (handbook data) instead of creating one; its
 * lifecycle data (organisation, admission and full-membership dates) is never changed by an import, so a row
 * that differs there refuses the file. Importing the same file twice changes nothing.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final int CHUNK = 5_000;

    /**
     * One row's outcome in the report; rows are numbered as in a spreadsheet (the header is row 1). The report
     * lists the rows a user must read: INVALID (with the errors) and CHANGED (would update the record; UPDATED
     * once written, with the changed fields). Rows that create a member or change nothing are counted in the job
     * (created, unchanged), not listed: a national file has millions of them.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record RowReport(int row, String fullName, String outcome, List<FieldError> errors,
            List<String> changedFields) {

        RowReport(int row, String fullName, String outcome, List<FieldError> errors) {
            this(row, fullName, outcome, errors, null);
        }
    }

    private final EntityManager entityManager;
    private final MemberRegistration members;
    private final MemberRecordChanges records;
    private final MemberBulkWriter bulk;
    private final OrganisationQueries organisations;
    private final AccessGuard access;
    private final Validator validator;
    private final ImportJobs jobs;

    public ImportService(EntityManager entityManager, MemberRegistration members, MemberRecordChanges records,
            MemberBulkWriter bulk, OrganisationQueries organisations, AccessGuard access, Validator validator,
            ImportJobs jobs) {
        this.entityManager = entityManager;
        this.members = members;
        this.records = records;
        this.bulk = bulk;
        this.organisations = organisations;
        this.access = access;
        this.validator = validator;
        this.jobs = jobs;
    }

    /** @param contentType the upload's media type, or null; an XLSX file is also known by its content */
    public ImportJob submit(InputStream upload, boolean dryRun, String contentType) {
        return jobs.submit(ImportJob.Kind.MEMBERS, upload, dryRun, contentType, this::run);
    }

    public ImportJob get(UUID id) {
        ImportJob job = entityManager.find(ImportJob.class, id);
        // an officer sees only their own imports; the others do not exist for them
        if (job == null || !access.mayWrite(null) && !job.createdBy.equals(access.actor())) {
            throw ProblemException.notFound("Không có lượt nhập dữ liệu với mã " + id);
        }
        return job;
    }

    void run(UUID jobId, Path file, MemberRows.Format format, boolean dryRun, WriteGrant requester) {
        try {
            Checked checked = new Checked();
            long checking = System.nanoTime();
            String headerProblem = validate(jobId, file, format, requester, checked);
            LOG.infof("Import %s: %d rows checked in %d ms", jobId, checked.report.size() + checked.toImport.cardinality()
                    + checked.unchanged, (System.nanoTime() - checking) / 1_000_000);
            Counts counts = checked.counts();
            List<RowReport> report = checked.report;
            if (headerProblem != null) {
                finish(jobId, ImportJob.Status.FAILED, report, 0, counts, headerProblem);
            } else if (counts.invalid() > 0) {
                finish(jobId, ImportJob.Status.REJECTED, report, 0, counts, counts.invalid()
                        + " dòng không hợp lệ; không dòng nào được nhập. Hãy sửa các dòng đó rồi nhập lại cả tệp");
            } else if (dryRun) {
                finish(jobId, ImportJob.Status.DONE, report, 0, counts, "Kiểm tra thử: " + counts.created()
                        + " đảng viên sẽ được thêm, " + counts.updated() + " sẽ được cập nhật, " + counts.unchanged()
                        + " dòng không thay đổi");
            } else {
                jobs.update(jobId, job -> {
                    job.status = ImportJob.Status.IMPORTING;
                    job.processedRows = 0;
                    job.totalRows = counts.created() + counts.updated();
                });
                int imported = write(jobId, file, format, checked, requester.actor());
                List<RowReport> done = report.stream().map(r -> "CHANGED".equals(r.outcome())
                        ? new RowReport(r.row(), r.fullName(), "UPDATED", r.errors(), r.changedFields())
                        : r).toList();
                finish(jobId, ImportJob.Status.DONE, done, imported, counts, "Đã thêm " + imported
                        + " đảng viên, cập nhật " + counts.updated() + "; " + counts.unchanged()
                        + " dòng không thay đổi");
            }
        } catch (RuntimeException | IOException e) {
            LOG.errorf(e, "Import %s failed", jobId);
            finish(jobId, ImportJob.Status.FAILED, List.of(), 0, new Counts(0, 0, 0, 0),
                    "Nhập dữ liệu thất bại, không dòng nào được ghi: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("Import %s: temporary file %s not deleted", jobId, file);
            }
        }
    }

    /** The rows that create a member, update one, change nothing, or are invalid. */
    private record Counts(int created, int updated, int unchanged, int invalid) {
    }

    /** The outcome of checking the file: the rows to create and update, and how many of each kind. */
    private static final class Checked {
        final BitSet toImport = new BitSet();
        final BitSet toUpdate = new BitSet();
        int unchanged;
        int invalid;
        /** The rows a user must read: the invalid ones and the changes; the others are only counted. */
        final List<RowReport> report = new ArrayList<>();
        // what earlier rows of the file hold: a national file has millions of rows, so not as strings
        final LongSet nationalIds = new LongSet();
        final LongSet numericPartyCards = new LongSet();
        final Set<String> otherPartyCards = new HashSet<>();
        // organisation lookups, cached for the job (null: no organisation with that id)
        final java.util.Map<UUID, Organisation> organisations = new java.util.HashMap<>();

        Counts counts() {
            return new Counts(toImport.cardinality(), toUpdate.cardinality(), unchanged, invalid);
        }

        /** @return false when an earlier row of the file has the card */
        boolean firstWithPartyCard(String card) {
            if (card.length() <= 18 && card.chars().allMatch(Character::isDigit)) {
                return numericPartyCards.add(Long.parseLong(card));
            }
            return otherPartyCards.add(card);
        }
    }

    /** Checks every row, a chunk at a time (one database lookup per chunk, not per row). @return a header problem */
    private String validate(UUID jobId, Path file, MemberRows.Format format, WriteGrant requester, Checked checked)
            throws IOException {
        jobs.update(jobId, job -> job.status = ImportJob.Status.VALIDATING);
        try (MemberRows reader = MemberRows.open(file, format)) {
            MemberRows.Row names = reader.next();
            if (names == null) {
                return "Tệp rỗng: cần dòng tiêu đề với các cột " + String.join(", ", MemberCsv.COLUMNS);
            }
            MemberCsv.Header header = MemberCsv.header(names.values());
            if (!header.errors().isEmpty()) {
                checked.report.add(new RowReport(names.number(), null, "INVALID", header.errors()));
                checked.invalid++;
                return "Dòng tiêu đề không hợp lệ";
            }
            int processed = 0;
            List<MemberRows.Row> chunk = new ArrayList<>();
            MemberRows.Row fields;
            while (true) {
                fields = reader.next();
                if (fields != null && !fields.blank()) {
                    chunk.add(fields);
                }
                if (chunk.size() == CHUNK || fields == null && !chunk.isEmpty()) {
                    List<MemberRows.Row> rows = chunk;
                    QuarkusTransaction.requiringNew().run(() -> checkChunk(rows, header, requester, checked));
                    processed += chunk.size();
                    int done = processed;
                    jobs.update(jobId, job -> {
                        job.processedRows = done;
                        job.totalRows = done;
                    });
                    chunk = new ArrayList<>();
                }
                if (fields == null) {
                    return null;
                }
            }
        }
    }

    private void checkChunk(List<MemberRows.Row> rows, MemberCsv.Header header, WriteGrant requester,
            Checked checked) {
        List<MemberCsv.Parsed> parsed = new ArrayList<>(rows.size());
        Set<String> nationalIds = new HashSet<>();
        Set<String> partyCards = new HashSet<>();
        Set<UUID> organisationIds = new HashSet<>();
        for (MemberRows.Row row : rows) {
            MemberCsv.Parsed p = MemberCsv.parse(header, row.values(), row.numeric());
            parsed.add(p);
            RegisterMemberRequest r = p.request();
            if (r.nationalId() != null) {
                nationalIds.add(r.nationalId());
            }
            if (r.partyCardNumber() != null) {
                partyCards.add(r.partyCardNumber());
            }
            if (r.organisationId() != null && !checked.organisations.containsKey(r.organisationId())) {
                organisationIds.add(r.organisationId());
            }
        }
        java.util.Map<String, Member> stored = members.byNationalIds(nationalIds);
        Set<String> cardsTaken = members.partyCardsTaken(partyCards);
        java.util.Map<UUID, Organisation> found = organisations.byIds(organisationIds);
        organisationIds.forEach(id -> checked.organisations.put(id, found.get(id)));
        for (int i = 0; i < rows.size(); i++) {
            RowReport outcome = check(rows.get(i).number(), parsed.get(i), header, requester, checked, stored,
                    cardsTaken);
            if (outcome != null) {
                checked.report.add(outcome);
            }
        }
    }

    /** @return the row's report entry, or null for a row that only counts (valid, unchanged) */
    private RowReport check(int row, MemberCsv.Parsed parsed, MemberCsv.Header header, WriteGrant requester,
            Checked checked, java.util.Map<String, Member> stored, Set<String> cardsTaken) {
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
            if (!checked.nationalIds.add(Long.parseLong(request.nationalId()))) {
                errors.add(new FieldError("nationalId", "số CCCD trùng với một dòng trước trong tệp"));
            } else if (stored.containsKey(request.nationalId())) {
                return checkUpdate(row, request, stored.get(request.nationalId()), header, requester, checked);
            }
        }
        if (errors.isEmpty()) {
            errors.addAll(members.registrationProblems(request, checked.organisations.get(request.organisationId()),
                    request.partyCardNumber() != null && cardsTaken.contains(request.partyCardNumber())));
            if (request.partyCardNumber() != null && !checked.firstWithPartyCard(request.partyCardNumber())) {
                errors.add(new FieldError("partyCardNumber", "số thẻ đảng trùng với một dòng trước trong tệp"));
            }
        }
        if (errors.isEmpty() && !requester.mayWrite(request.organisationId())) {
            errors.add(new FieldError("organisationId",
                    "cán bộ chỉ được nhập đảng viên vào tổ chức đảng được giao phụ trách"));
        }
        if (!errors.isEmpty()) {
            checked.invalid++;
            return new RowReport(row, request.fullName(), "INVALID", errors);
        }
        checked.toImport.set(row);
        return null;
    }

    /** A row whose national ID is registered: the record fields it changes, or why it may not. */
    private RowReport checkUpdate(int row, RegisterMemberRequest request, Member stored, MemberCsv.Header header,
            WriteGrant requester, Checked checked) {
        if (!requester.mayWrite(stored.organisationId)) {
            checked.invalid++;
            return new RowReport(row, request.fullName(), "INVALID", List.of(new FieldError("nationalId",
                    "đảng viên có số CCCD này ở tổ chức đảng ngoài phạm vi cán bộ được giao phụ trách")));
        }
        MemberRecordChanges.RecordChange change = records.recordChange(stored, request, header.positions().keySet());
        if (!change.problems().isEmpty()) {
            checked.invalid++;
            return new RowReport(row, request.fullName(), "INVALID", change.problems());
        }
        if (change.changedFields().isEmpty()) {
            checked.unchanged++;
            return null;
        }
        checked.toUpdate.set(row);
        return new RowReport(row, request.fullName(), "CHANGED", List.of(), change.changedFields());
    }

    /**
     * Writes the checked rows, all in one transaction: either the whole file is in or nothing is. New members
     * go in with COPY ({@link MemberBulkWriter}), then the changed records are updated one by one.
     */
    private int write(UUID jobId, Path file, MemberRows.Format format, Checked checked, String actor) {
        int total = checked.toImport.cardinality() + checked.toUpdate.cardinality();
        int passes = MemberBulkWriter.TABLES.size() + 1;
        return QuarkusTransaction.requiringNew().timeout(6 * 3600).call(() -> {
            long[] passStart = {System.nanoTime()};
            int written = bulk.registerAll(() -> requests(file, format, checked.toImport),
                    id -> checked.organisations.get(id).path, actor, pass -> {
                LOG.infof("Import %s: %s written in %d ms", jobId, MemberBulkWriter.TABLES.get(pass - 1),
                        (System.nanoTime() - passStart[0]) / 1_000_000);
                int done = (int) ((long) total * pass / passes);
                jobs.update(jobId, job -> job.processedRows = done);
                passStart[0] = System.nanoTime();
            });
            int changed = 0;
            for (java.util.Iterator<RegisterMemberRequest> it = requests(file, format, checked.toUpdate); it.hasNext();) {
                if (records.updateRecordFor(actor, it.next(), columns(file, format)).isEmpty()) {
                    throw new IllegalStateException("a row changed nothing although it did when checked");
                }
                changed++;
            }
            if (written != checked.toImport.cardinality() || changed != checked.toUpdate.cardinality()) {
                throw new IllegalStateException("the file changed between checking and writing");
            }
            return written;
        });
    }

    /** The columns the file has (a re-import changes only those). */
    private static Set<String> columns(Path file, MemberRows.Format format) {
        try (MemberRows reader = MemberRows.open(file, format)) {
            return MemberCsv.header(reader.next().values()).positions().keySet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the file marked in {@code rows}, read afresh, as registration requests. */
    private static java.util.Iterator<RegisterMemberRequest> requests(Path file, MemberRows.Format format,
            BitSet rows) {
        try {
            MemberRows reader = MemberRows.open(file, format);
            MemberCsv.Header header = MemberCsv.header(reader.next().values());
            return new java.util.Iterator<>() {
                private MemberRows.Row next = advance();

                private MemberRows.Row advance() {
                    try {
                        MemberRows.Row row;
                        while ((row = reader.next()) != null) {
                            if (!row.blank() && rows.get(row.number())) {
                                return row;
                            }
                        }
                        reader.close();
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public RegisterMemberRequest next() {
                    if (next == null) {
                        throw new java.util.NoSuchElementException();
                    }
                    MemberRows.Row row = next;
                    next = advance();
                    return MemberCsv.parse(header, row.values(), row.numeric()).request();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finish(UUID jobId, ImportJob.Status status, List<RowReport> report, int imported, Counts counts,
            String message) {
        jobs.finish(jobId, status, report, imported, counts.created(), counts.updated(), counts.unchanged(),
                counts.invalid(), message);
    }
}
