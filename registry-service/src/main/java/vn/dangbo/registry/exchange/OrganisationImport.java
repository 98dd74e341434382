package vn.dangbo.registry.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import vn.dangbo.registry.organisation.OrganisationRecords.CreateOrganisationRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.RenameRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.TermRequest;
import vn.dangbo.registry.organisation.OrganisationService;

/**
 * The organisation import, on the job machine ({@link ImportWorker}); every row is listed in the report.
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
 * updates of organisations in it. The rules of a row are {@link OrganisationRowCheck}'s.
 */
@ApplicationScoped
public class OrganisationImport implements ImportKind {

    private static final int CHUNK = 500;

    private final EntityManager entityManager;
    private final OrganisationService organisations;

    public OrganisationImport(EntityManager entityManager, OrganisationService organisations) {
        this.entityManager = entityManager;
        this.organisations = organisations;
    }

    @Override
    public ImportJob.Kind kind() {
        return ImportJob.Kind.ORGANISATIONS;
    }

    @Override
    public String noun() {
        return "tổ chức đảng";
    }

    @Override
    public List<String> columns() {
        return OrganisationCsv.COLUMNS;
    }

    @Override
    public int chunkSize() {
        return CHUNK;
    }

    @Override
    public int writeTimeoutSeconds() {
        return 3600;
    }

    @Override
    public Run start(Upload upload) {
        return new OrganisationRun(upload);
    }

    /** One file: its rows checked top to bottom, and the outcome of each, which the write must find again. */
    private final class OrganisationRun implements Run {

        private final Upload upload;
        private OrganisationCsv.Header header;
        private OrganisationRowCheck rules;
        private final Map<Integer, RowOutcome> expected = new HashMap<>();

        OrganisationRun(Upload upload) {
            this.upload = upload;
        }

        @Override
        public boolean header(ImportRows.Row names, Outcomes outcomes) {
            header = OrganisationCsv.header(names.values());
            if (!header.errors().isEmpty()) {
                outcomes.list(new RowReport.OrganisationRow(names.number(), null, null, RowOutcome.INVALID,
                        header.errors(), null));
                return false;
            }
            rules = new OrganisationRowCheck(entityManager, header, upload.requester());
            return true;
        }

        @Override
        public void check(List<ImportRows.Row> chunk, Outcomes outcomes) {
            for (ImportRows.Row row : chunk) {
                RowReport report = rules.check(row).report();
                expected.put(row.number(), report.outcome());
                outcomes.list(report);
            }
        }

        /** Every row is read again when writing (checked again, then written), the unchanged ones too. */
        @Override
        public int rowsToWrite(Outcomes.Counts counts) {
            return counts.rows();
        }

        /** Each row is checked again first: if anything changed since the check, nothing is written. */
        @Override
        public int write(IntConsumer progress) throws IOException {
            try (ImportRows reader = ImportRows.open(upload.file(), upload.format())) {
                reader.next(); // the header, read when checking
                OrganisationRowCheck again = new OrganisationRowCheck(entityManager, header, upload.requester());
                String actor = upload.requester().actor();
                int created = 0;
                int processed = 0;
                ImportRows.Row fields;
                while ((fields = reader.next()) != null) {
                    if (fields.blank()) {
                        continue;
                    }
                    OrganisationRowCheck.Checked checked = again.check(fields);
                    if (checked.report().outcome() != expected.get(fields.number())) {
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
                        // keep the persistence context small; what the next rows need is in the rules or the database
                        entityManager.flush();
                        entityManager.clear();
                        progress.accept(processed);
                    }
                }
                return created;
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
