package vn.dangbo.registry.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.security.AccessGuard.WriteGrant;
import vn.dangbo.kit.web.Problem.FieldError;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.member.Member;
import vn.dangbo.registry.member.MemberRecords.RegisterMemberRequest;
import vn.dangbo.registry.member.MemberService;

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
    private static final int CHUNK = 500;

    /**
     * One row's outcome in the report; rows are numbered as in a spreadsheet (the header is row 1). Outcomes:
     * VALID (would create a member; IMPORTED once written), CHANGED (would update the record; UPDATED once
     * written, with the changed fields), UNCHANGED, INVALID (with the errors).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record RowReport(int row, String fullName, String outcome, List<FieldError> errors,
            List<String> changedFields) {

        RowReport(int row, String fullName, String outcome, List<FieldError> errors) {
            this(row, fullName, outcome, errors, null);
        }
    }

    private final EntityManager entityManager;
    private final MemberService members;
    private final AccessGuard access;
    private final Validator validator;
    private final ObjectMapper json;
    // one import at a time per replica: each holds a long write transaction
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "member-import");
        t.setDaemon(true);
        return t;
    });

    public ImportService(EntityManager entityManager, MemberService members, AccessGuard access,
            Validator validator, ObjectMapper json) {
        this.entityManager = entityManager;
        this.members = members;
        this.access = access;
        this.validator = validator;
        this.json = json;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** @param contentType the upload's media type, or null; an XLSX file is also known by its content */
    public ImportJob submit(InputStream upload, boolean dryRun, String contentType) {
        Path file;
        MemberRows.Format format;
        try {
            file = Files.createTempFile("dangbo-import-", ".upload");
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
            format = MemberRows.detect(contentType, file);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be stored", e);
        }
        // who asked, captured in the request: the worker runs outside it
        WriteGrant requester = access.writeGrant();
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob j = new ImportJob();
            j.id = UUID.randomUUID();
            j.status = ImportJob.Status.RECEIVED;
            j.dryRun = dryRun;
            j.createdBy = requester.actor();
            j.createdAt = now();
            entityManager.persist(j);
            return j;
        });
        worker.submit(() -> run(job.id, file, format, dryRun, requester));
        return job;
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
            List<RowReport> report = new ArrayList<>();
            BitSet toImport = new BitSet();
            BitSet toUpdate = new BitSet();
            String headerProblem = validate(jobId, file, format, requester, report, toImport, toUpdate);
            Counts counts = new Counts(toImport.cardinality(), toUpdate.cardinality(), count(report, "UNCHANGED"),
                    count(report, "INVALID"));
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
                update(jobId, job -> {
                    job.status = ImportJob.Status.IMPORTING;
                    job.processedRows = 0;
                });
                int imported = write(jobId, file, format, toImport, toUpdate, requester.actor());
                List<RowReport> done = report.stream().map(r -> switch (r.outcome()) {
                    case "VALID" -> new RowReport(r.row(), r.fullName(), "IMPORTED", r.errors());
                    case "CHANGED" -> new RowReport(r.row(), r.fullName(), "UPDATED", r.errors(), r.changedFields());
                    default -> r;
                }).toList();
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

    private static int count(List<RowReport> report, String outcome) {
        return (int) report.stream().filter(r -> r.outcome().equals(outcome)).count();
    }

    /** Checks every row; fills the report and the rows to write. @return a header problem, or null */
    private String validate(UUID jobId, Path file, MemberRows.Format format, WriteGrant requester,
            List<RowReport> report, BitSet toImport, BitSet toUpdate) throws IOException {
        update(jobId, job -> job.status = ImportJob.Status.VALIDATING);
        Set<String> nationalIds = new HashSet<>();
        try (MemberRows reader = MemberRows.open(file, format)) {
            MemberRows.Row names = reader.next();
            if (names == null) {
                return "Tệp rỗng: cần dòng tiêu đề với các cột " + String.join(", ", MemberCsv.COLUMNS);
            }
            MemberCsv.Header header = MemberCsv.header(names.values());
            if (!header.errors().isEmpty()) {
                report.add(new RowReport(names.number(), null, "INVALID", header.errors()));
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
                    QuarkusTransaction.requiringNew().run(() -> {
                        for (MemberRows.Row r : rows) {
                            report.add(check(r, header, requester, nationalIds, toImport, toUpdate));
                        }
                    });
                    processed += chunk.size();
                    int done = processed;
                    update(jobId, job -> {
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

    private RowReport check(MemberRows.Row source, MemberCsv.Header header, WriteGrant requester,
            Set<String> nationalIds, BitSet toImport, BitSet toUpdate) {
        int row = source.number();
        MemberCsv.Parsed parsed = MemberCsv.parse(header, source.values(), source.numeric());
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
            if (!nationalIds.add(request.nationalId())) {
                errors.add(new FieldError("nationalId", "số CCCD trùng với một dòng trước trong tệp"));
            } else {
                Optional<Member> stored = members.byNationalId(request.nationalId());
                if (stored.isPresent()) {
                    return checkUpdate(row, request, stored.get(), header, requester, toUpdate);
                }
            }
        }
        if (errors.isEmpty()) {
            errors.addAll(members.registrationProblems(request));
        }
        if (errors.isEmpty() && !requester.mayWrite(request.organisationId())) {
            errors.add(new FieldError("organisationId",
                    "cán bộ chỉ được nhập đảng viên vào tổ chức đảng được giao phụ trách"));
        }
        if (!errors.isEmpty()) {
            return new RowReport(row, request.fullName(), "INVALID", errors);
        }
        toImport.set(row);
        return new RowReport(row, request.fullName(), "VALID", List.of());
    }

    /** A row whose national ID is registered: the record fields it changes, or why it may not. */
    private RowReport checkUpdate(int row, RegisterMemberRequest request, Member stored, MemberCsv.Header header,
            WriteGrant requester, BitSet toUpdate) {
        if (!requester.mayWrite(stored.organisationId)) {
            return new RowReport(row, request.fullName(), "INVALID", List.of(new FieldError("nationalId",
                    "đảng viên có số CCCD này ở tổ chức đảng ngoài phạm vi cán bộ được giao phụ trách")));
        }
        MemberService.RecordChange change = members.recordChange(stored, request, header.positions().keySet());
        if (!change.problems().isEmpty()) {
            return new RowReport(row, request.fullName(), "INVALID", change.problems());
        }
        if (change.changedFields().isEmpty()) {
            return new RowReport(row, request.fullName(), "UNCHANGED", List.of());
        }
        toUpdate.set(row);
        return new RowReport(row, request.fullName(), "CHANGED", List.of(), change.changedFields());
    }

    /** Writes the valid rows, all in one transaction: either the whole file is in or nothing is. */
    private int write(UUID jobId, Path file, MemberRows.Format format, BitSet toImport, BitSet toUpdate,
            String actor) throws IOException {
        int total = toImport.cardinality();
        int toChange = toUpdate.cardinality();
        try (MemberRows reader = MemberRows.open(file, format)) {
            MemberCsv.Header header = MemberCsv.header(reader.next().values());
            return QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
                int written = 0;
                int changed = 0;
                MemberRows.Row fields;
                while ((fields = reader.next()) != null) {
                    if (fields.blank()) {
                        continue;
                    }
                    if (toUpdate.get(fields.number())) {
                        if (members.updateRecordFor(actor, MemberCsv.parse(header, fields.values(), fields.numeric())
                                .request(), header.positions().keySet()).isEmpty()) {
                            throw new IllegalStateException("row " + fields.number()
                                    + " changed nothing although it did when checked");
                        }
                        changed++;
                    } else if (toImport.get(fields.number())) {
                        members.registerFor(actor,
                                MemberCsv.parse(header, fields.values(), fields.numeric()).request());
                        written++;
                        if (written % CHUNK == 0) {
                            // keep the persistence context small: a national file is millions of rows
                            entityManager.flush();
                            entityManager.clear();
                            int done = written;
                            update(jobId, job -> job.processedRows = done);
                        }
                    }
                }
                if (written != total || changed != toChange) {
                    throw new IllegalStateException("the file changed between checking and writing");
                }
                return written;
            });
        }
    }

    private void finish(UUID jobId, ImportJob.Status status, List<RowReport> report, int imported, Counts counts,
            String message) {
        String reportJson;
        try {
            reportJson = json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        update(jobId, job -> {
            job.status = status;
            job.report = reportJson;
            job.imported = imported;
            job.created = counts.created();
            job.updated = counts.updated();
            job.unchanged = counts.unchanged();
            job.invalid = counts.invalid();
            job.processedRows = job.totalRows;
            job.message = message.length() > 2000 ? message.substring(0, 2000) : message;
            job.finishedAt = now();
        });
    }

    /** Progress is committed on its own, so a client polling the job sees it while the work goes on. */
    private void update(UUID jobId, java.util.function.Consumer<ImportJob> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(entityManager.find(ImportJob.class, jobId)));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
