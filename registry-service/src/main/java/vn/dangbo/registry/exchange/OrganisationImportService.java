package vn.dangbo.registry.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.security.AccessGuard.WriteGrant;
import vn.dangbo.kit.web.Problem.FieldError;
import vn.dangbo.registry.organisation.Organisation;
import vn.dangbo.registry.organisation.OrganisationRecords.CreateOrganisationRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.RenameRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.TermRequest;
import vn.dangbo.registry.organisation.OrganisationService;
import vn.dangbo.registry.organisation.OrganisationStatus;

/**
 * Imports organisations from CSV or XLSX as a job (import_job, kind ORGANISATIONS), all rows or none.
 *
 * <p>Rules: a row's {@code id} is its identity. An id the registry does not know creates that organisation
 * (with that id) under {@code parentId}, which must be an active organisation of the registry or a row above
 * in the same file, with the type rules of the tree (an empty parentId: a bloc committee at the top). An id
 * the registry knows updates the organisation's name, short code and term through the same commands as the
 * API (rename, term change), with their events, snapshots and audit entries; a row identical to the stored
 * organisation changes nothing, so importing the same file again creates no duplicates. An import never
 * moves an organisation or changes its type: a row whose parent or type differs from the stored one refuses
 * the file (use the move command). A file that leaves out the {@code shortCode} or {@code term} column leaves
 * them as stored; an empty short code cell removes the short code, an empty term cell keeps the term (a term
 * is changed, never removed). An officer imports only within their subtree: new organisations under it,
 * updates of organisations in it.
 */
@ApplicationScoped
public class OrganisationImportService {

    private static final Logger LOG = Logger.getLogger(OrganisationImportService.class);
    private static final int CHUNK = 500;

    /**
     * One row's outcome, rows numbered as in a spreadsheet (header = row 1), errors named by column. Outcomes
     * as in the member import: VALID (would create; IMPORTED once written), CHANGED (would update; UPDATED once
     * written, with the changed columns), UNCHANGED, INVALID.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowReport(int row, UUID id, String name, String outcome, List<FieldError> errors,
            List<String> changedFields) {
    }

    /** What the rows above the current one established: their type and whether they were valid. */
    private record Seen(int row, OrganisationType type, boolean valid) {
    }

    /** A row checked: its report and, when it writes, what to write. */
    private record Checked(RowReport report, OrganisationCsv.Parsed row, boolean create, boolean rename,
            boolean changeTerm) {
    }

    private final EntityManager entityManager;
    private final OrganisationService organisations;
    private final AccessGuard access;
    private final ImportJobs jobs;

    public OrganisationImportService(EntityManager entityManager, OrganisationService organisations,
            AccessGuard access, ImportJobs jobs) {
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.access = access;
        this.jobs = jobs;
    }

    /** @param contentType the upload's media type, or null; an XLSX file is also known by its content */
    public ImportJob submit(InputStream upload, boolean dryRun, String contentType) {
        return jobs.submit(ImportJob.Kind.ORGANISATIONS, upload, dryRun, contentType, this::run);
    }

    void run(UUID jobId, Path file, MemberRows.Format format, boolean dryRun, WriteGrant requester) {
        try {
            List<RowReport> report = new ArrayList<>();
            String headerProblem = validate(jobId, file, format, requester, report);
            int created = count(report, "VALID");
            int updated = count(report, "CHANGED");
            int unchanged = count(report, "UNCHANGED");
            int invalid = count(report, "INVALID");
            if (headerProblem != null) {
                jobs.finish(jobId, ImportJob.Status.FAILED, report, 0, created, updated, unchanged, invalid, headerProblem);
            } else if (invalid > 0) {
                jobs.finish(jobId, ImportJob.Status.REJECTED, report, 0, created, updated, unchanged, invalid, invalid
                        + " dòng không hợp lệ; không dòng nào được nhập. Hãy sửa các dòng đó rồi nhập lại cả tệp");
            } else if (dryRun) {
                jobs.finish(jobId, ImportJob.Status.DONE, report, 0, created, updated, unchanged, 0, "Kiểm tra thử: "
                        + created + " tổ chức đảng sẽ được thêm, " + updated + " sẽ được cập nhật, " + unchanged
                        + " dòng không thay đổi");
            } else {
                jobs.update(jobId, job -> {
                    job.status = ImportJob.Status.IMPORTING;
                    job.processedRows = 0;
                });
                int imported = write(jobId, file, format, requester, report);
                List<RowReport> done = report.stream().map(r -> switch (r.outcome()) {
                    case "VALID" -> new RowReport(r.row(), r.id(), r.name(), "IMPORTED", r.errors(), null);
                    case "CHANGED" -> new RowReport(r.row(), r.id(), r.name(), "UPDATED", r.errors(),
                            r.changedFields());
                    default -> r;
                }).toList();
                jobs.finish(jobId, ImportJob.Status.DONE, done, imported, created, updated, unchanged, 0, "Đã thêm "
                        + imported + " tổ chức đảng, cập nhật " + updated + "; " + unchanged + " dòng không thay đổi");
            }
        } catch (RuntimeException | IOException e) {
            LOG.errorf(e, "Organisation import %s failed", jobId);
            jobs.finish(jobId, ImportJob.Status.FAILED, List.of(), 0, 0, 0, 0, 0,
                    "Nhập dữ liệu thất bại, không dòng nào được ghi: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("Organisation import %s: temporary file %s not deleted", jobId, file);
            }
        }
    }

    /** Checks every row, nothing written. @return a header problem, or null */
    private String validate(UUID jobId, Path file, MemberRows.Format format, WriteGrant requester,
            List<RowReport> report) throws IOException {
        jobs.update(jobId, job -> job.status = ImportJob.Status.VALIDATING);
        Map<UUID, Seen> seen = new HashMap<>();
        try (MemberRows reader = MemberRows.open(file, format)) {
            MemberRows.Row names = reader.next();
            if (names == null) {
                return "Tệp rỗng: cần dòng tiêu đề với các cột " + String.join(", ", OrganisationCsv.COLUMNS);
            }
            OrganisationCsv.Header header = OrganisationCsv.header(names.values());
            if (!header.errors().isEmpty()) {
                report.add(new RowReport(names.number(), null, null, "INVALID", header.errors(), null));
                return "Dòng tiêu đề không hợp lệ";
            }
            int processed = 0;
            List<MemberRows.Row> chunk = new ArrayList<>();
            MemberRows.Row fields;
            do {
                fields = reader.next();
                if (fields != null && !fields.blank()) {
                    chunk.add(fields);
                }
                if (chunk.size() == CHUNK || fields == null && !chunk.isEmpty()) {
                    List<MemberRows.Row> rows = chunk;
                    QuarkusTransaction.requiringNew().run(() -> {
                        for (MemberRows.Row r : rows) {
                            report.add(check(r, header, requester, seen).report());
                        }
                    });
                    processed += chunk.size();
                    int done = processed;
                    jobs.update(jobId, job -> {
                        job.processedRows = done;
                        job.totalRows = done;
                    });
                    chunk = new ArrayList<>();
                }
            } while (fields != null);
            return null;
        }
    }

    /** One row against the registry and the rows above it; records the row in {@code seen}. */
    private Checked check(MemberRows.Row source, OrganisationCsv.Header header, WriteGrant requester,
            Map<UUID, Seen> seen) {
        int row = source.number();
        OrganisationCsv.Parsed parsed = OrganisationCsv.parse(header, source.values());
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        Organisation stored = null;
        if (parsed.id() != null) {
            Seen earlier = seen.get(parsed.id());
            if (earlier != null) {
                errors.add(new FieldError("id", "mã tổ chức trùng với dòng " + earlier.row()));
            } else {
                stored = entityManager.find(Organisation.class, parsed.id());
            }
        }
        Checked checked = stored == null ? checkNew(row, parsed, errors, requester, seen)
                : checkUpdate(row, parsed, stored, header, errors, requester);
        if (parsed.id() != null && !seen.containsKey(parsed.id())) {
            OrganisationType type = stored != null ? stored.type : parsed.type();
            seen.put(parsed.id(), new Seen(row, type, !checked.report().outcome().equals("INVALID")));
        }
        return checked;
    }

    private Checked checkNew(int row, OrganisationCsv.Parsed parsed, List<FieldError> errors, WriteGrant requester,
            Map<UUID, Seen> seen) {
        UUID parentId = parsed.parentId();
        if (parsed.type() != null && !errors.stream().anyMatch(e -> e.field().equals("parentId"))) {
            OrganisationType parentType = null;
            boolean parentKnown = true;
            if (parentId != null) {
                Seen above = seen.get(parentId);
                if (above != null) {
                    if (!above.valid()) {
                        errors.add(new FieldError("parentId", "tổ chức cấp trên ở dòng " + above.row()
                                + " không hợp lệ"));
                        parentKnown = false;
                    }
                    parentType = above.type();
                    // a parent created by a row above lies in the requester's subtree, as that row was checked
                } else {
                    Organisation parent = entityManager.find(Organisation.class, parentId);
                    if (parent == null) {
                        errors.add(new FieldError("parentId", "không có tổ chức đảng với mã này trong hệ thống"
                                + " hay ở một dòng phía trên trong tệp (tổ chức cấp trên phải đứng trước)"));
                        parentKnown = false;
                    } else if (parent.status != OrganisationStatus.ACTIVE) {
                        errors.add(new FieldError("parentId", "tổ chức cấp trên (" + parent.name
                                + ") đã giải thể hoặc hợp nhất"));
                        parentKnown = false;
                    } else {
                        parentType = parent.type;
                        if (!requester.mayWrite(parent.id)) {
                            errors.add(new FieldError("parentId", "cán bộ chỉ được thêm tổ chức đảng vào tổ chức"
                                    + " được giao phụ trách và các tổ chức trực thuộc"));
                        }
                    }
                }
            } else if (!requester.mayWrite(null)) {
                errors.add(new FieldError("parentId", "chỉ quản trị viên được thêm tổ chức cấp cao nhất;"
                        + " hãy ghi mã tổ chức cấp trên"));
            }
            if (parentKnown && !parsed.type().mayBeChildOf(parentType)) {
                errors.add(new FieldError("type", parentType == null
                        ? "chỉ Đảng bộ Khối được là tổ chức cấp cao nhất (không có tổ chức cấp trên)"
                        : parsed.type().label() + " không thể trực thuộc " + parentType.label()));
            }
        }
        if (!errors.isEmpty()) {
            return new Checked(new RowReport(row, parsed.id(), parsed.name(), "INVALID", errors, null), parsed,
                    false, false, false);
        }
        return new Checked(new RowReport(row, parsed.id(), parsed.name(), "VALID", List.of(), null), parsed, true,
                false, false);
    }

    private Checked checkUpdate(int row, OrganisationCsv.Parsed parsed, Organisation stored,
            OrganisationCsv.Header header, List<FieldError> errors, WriteGrant requester) {
        if (!requester.mayWrite(stored.id)) {
            errors.add(new FieldError("id", "tổ chức đảng này (" + stored.name
                    + ") ở ngoài phạm vi cán bộ được giao phụ trách"));
        } else if (stored.status != OrganisationStatus.ACTIVE) {
            errors.add(new FieldError("id", stored.name + " đã giải thể hoặc hợp nhất; không thể cập nhật"));
        } else {
            if (parsed.type() != null && parsed.type() != stored.type) {
                errors.add(new FieldError("type", "không thể đổi loại tổ chức khi nhập tệp (hiện là "
                        + stored.type.label() + ")"));
            }
            if (!errors.stream().anyMatch(e -> e.field().equals("parentId"))
                    && !Objects.equals(parsed.parentId(), stored.parentId)) {
                errors.add(new FieldError("parentId", "khác tổ chức cấp trên hiện tại (" + (stored.parentId == null
                        ? "không có" : stored.parentId) + "); việc nhập tệp không chuyển tổ chức đảng, hãy dùng"
                        + " chức năng chuyển tổ chức (move)"));
            }
        }
        if (!errors.isEmpty()) {
            return new Checked(new RowReport(row, parsed.id(), parsed.name(), "INVALID", errors, null), parsed,
                    false, false, false);
        }
        List<String> changed = new ArrayList<>();
        if (!parsed.name().equals(stored.name)) {
            changed.add("name");
        }
        if (header.has("shortCode") && !Objects.equals(parsed.shortCode().isEmpty() ? null : parsed.shortCode(),
                stored.shortCode)) {
            changed.add("shortCode");
        }
        boolean termChanges = parsed.term() != null && !parsed.term().equals(stored.term);
        if (termChanges) {
            changed.add("term");
        }
        if (changed.isEmpty()) {
            return new Checked(new RowReport(row, parsed.id(), parsed.name(), "UNCHANGED", List.of(), null), parsed,
                    false, false, false);
        }
        boolean rename = changed.contains("name") || changed.contains("shortCode");
        return new Checked(new RowReport(row, parsed.id(), parsed.name(), "CHANGED", List.of(), changed), parsed,
                false, rename, termChanges);
    }

    /**
     * Writes every row in one transaction, checking each again first: if anything changed since the check,
     * nothing is written.
     */
    private int write(UUID jobId, Path file, MemberRows.Format format, WriteGrant requester,
            List<RowReport> checkedReport) throws IOException {
        Map<Integer, String> expected = new HashMap<>();
        checkedReport.forEach(r -> expected.put(r.row(), r.outcome()));
        try (MemberRows reader = MemberRows.open(file, format)) {
            OrganisationCsv.Header header = OrganisationCsv.header(reader.next().values());
            String actor = requester.actor();
            return QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
                Map<UUID, Seen> seen = new HashMap<>();
                int created = 0;
                int processed = 0;
                MemberRows.Row fields;
                while ((fields = reader.next()) != null) {
                    if (fields.blank()) {
                        continue;
                    }
                    Checked checked = check(fields, header, requester, seen);
                    if (!checked.report().outcome().equals(expected.get(fields.number()))) {
                        throw new IllegalStateException("dòng " + fields.number()
                                + " không còn như lúc kiểm tra (dữ liệu đã thay đổi trong lúc nhập)");
                    }
                    OrganisationCsv.Parsed row = checked.row();
                    if (checked.create()) {
                        organisations.createFor(actor, row.id(), new CreateOrganisationRequest(row.parentId(),
                                row.type(), row.name(), blankToNull(row.shortCode()), row.term()));
                        created++;
                    }
                    if (checked.rename()) {
                        organisations.renameFor(actor, row.id(), new RenameRequest(row.name(), row.shortCode()));
                    }
                    if (checked.changeTerm()) {
                        organisations.changeTermFor(actor, row.id(), new TermRequest(row.term()));
                    }
                    if (++processed % CHUNK == 0) {
                        // keep the persistence context small; what the next rows need is in "seen" or the database
                        entityManager.flush();
                        entityManager.clear();
                        int done = processed;
                        jobs.update(jobId, job -> job.processedRows = done);
                    }
                }
                return created;
            });
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static int count(List<RowReport> report, String outcome) {
        return (int) report.stream().filter(r -> r.outcome().equals(outcome)).count();
    }

}
