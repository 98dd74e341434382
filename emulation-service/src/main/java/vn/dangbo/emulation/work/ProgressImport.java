package vn.dangbo.emulation.work;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.work.WorkRecords.FieldError;
import vn.dangbo.emulation.work.WorkRecords.ImportResponse;
import vn.dangbo.emulation.work.WorkRecords.RowError;
import vn.dangbo.kit.messaging.Outbox;
import vn.dangbo.kit.persistence.CopyStream;
import vn.dangbo.kit.persistence.LongStatements;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.text.CsvReader;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/**
 * Progress reports from a spreadsheet (CSV {@code workId,reportedOn,percent,text}): every rule of a single report
 * applies to each row, in the file's order (a work's rows follow each other); a bad row is reported with its row
 * number and the good rows are kept. Rows are written by chunks, each in its own transaction, with COPY and one
 * statement per chunk for the works, so a national file (millions of rows) costs what the database's bulk paths cost.
 */
@ApplicationScoped
public class ProgressImport {

    static final List<String> COLUMNS = List.of("workId", "reportedOn", "percent", "text");
    private static final int CHUNK = 5000;
    private static final DateTimeFormatter VIETNAMESE_DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final MovementRepository movements;
    private final WorkViews views;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final AccessGuard access;

    public ProgressImport(MovementRepository movements, WorkViews views, EntityManager entityManager, Outbox outbox,
            AccessGuard access) {
        this.movements = movements;
        this.views = views;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.access = access;
    }

    /** The movement as the rows are checked against it. */
    private record Context(WorkEvents.MovementRef movement, LocalDate from, LocalDate to, WorkSettings settings) {
    }

    /** One row as read: the values that parsed, the errors of those that did not. */
    private record Row(int line, String rawWorkId, UUID workId, LocalDate reportedOn, Integer percent, String text,
            List<FieldError> errors) {
    }

    /** A work's state while its rows are checked, then written. */
    private static final class WorkState {
        Work work;
        String organisationName;
        boolean touched;
    }

    public ImportResponse importCsv(UUID movementId, InputStream body) {
        AccessGuard.WriteGrant grant = access.writeGrant();
        Context context = QuarkusTransaction.requiringNew().call(() -> {
            Movement m = movements.require(movementId);
            return new Context(new WorkEvents.MovementRef(m.id, m.name), m.startsOn, m.endsOn, views.settings(m));
        });
        CsvReader csv = new CsvReader(body);
        List<RowError> errors = new ArrayList<>();
        int rows = 0;
        int imported = 0;
        try {
            int[] at = header(csv.next());
            List<Row> chunk = new ArrayList<>(CHUNK);
            for (List<String> fields = csv.next(); fields != null; fields = csv.next()) {
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue; // a blank line, as spreadsheets leave at the end
                }
                rows++;
                chunk.add(parse(csv.row(), fields, at));
                if (chunk.size() == CHUNK) {
                    imported += write(chunk, context, grant, errors);
                    chunk.clear();
                }
            }
            imported += write(chunk, context, grant, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportResponse(rows, imported, rows - imported, errors);
    }

    /** @return the position of each column of {@link #COLUMNS} in the header */
    private static int[] header(List<String> header) {
        if (header == null) {
            throw ProblemException.invalid("file", "tệp rỗng: dòng tiêu đề phải là " + String.join(",", COLUMNS));
        }
        int[] at = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            at[i] = -1;
            for (int j = 0; j < header.size(); j++) {
                if (header.get(j).strip().equalsIgnoreCase(COLUMNS.get(i))) {
                    at[i] = j;
                }
            }
            if (at[i] < 0) {
                throw ProblemException.invalid("file", "thiếu cột " + COLUMNS.get(i) + "; dòng tiêu đề phải là "
                        + String.join(",", COLUMNS));
            }
        }
        return at;
    }

    private static Row parse(int line, List<String> fields, int[] at) {
        List<FieldError> errors = new ArrayList<>();
        String rawWorkId = field(fields, at[0]);
        UUID workId = null;
        try {
            workId = UUID.fromString(rawWorkId);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("workId", "không phải mã UUID hợp lệ: \"" + rawWorkId + "\""));
        }
        String rawDay = field(fields, at[1]);
        LocalDate reportedOn = null;
        try {
            reportedOn = rawDay.contains("/") ? LocalDate.parse(rawDay, VIETNAMESE_DAY) : LocalDate.parse(rawDay);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("reportedOn", "không phải ngày hợp lệ (yyyy-MM-dd hoặc d/M/yyyy): \""
                    + rawDay + "\""));
        }
        String rawPercent = field(fields, at[2]);
        Integer percent = null;
        try {
            percent = Integer.valueOf(rawPercent.endsWith("%") ? rawPercent.substring(0, rawPercent.length() - 1)
                    : rawPercent);
        } catch (NumberFormatException e) {
            errors.add(new FieldError("percent", "không phải số nguyên: \"" + rawPercent + "\""));
        }
        String text = VietnameseText.nfcStripped(field(fields, at[3]));
        if (text.isEmpty()) {
            errors.add(new FieldError("text", "không được để trống"));
        } else if (text.length() > 4000) {
            errors.add(new FieldError("text", "dài quá 4000 ký tự"));
        }
        return new Row(line, rawWorkId, workId, reportedOn, percent, text, errors);
    }

    private static String field(List<String> fields, int at) {
        return at < fields.size() ? fields.get(at).strip() : "";
    }

    /** Checks the chunk's rows in order against their works and writes those that pass, in one transaction. */
    private int write(List<Row> chunk, Context context, AccessGuard.WriteGrant grant, List<RowError> errors) {
        if (chunk.isEmpty()) {
            return 0;
        }
        return QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            // a national chunk's COPY and index work may wait on one statement longer than the few seconds that end
            // a request on a hung database: as long as the transaction may last
            LongStatements.allow(entityManager, Duration.ofSeconds(600));
            Map<UUID, WorkState> works = load(chunk, context.movement().id());
            Map<UUID, Boolean> mayWrite = new HashMap<>();
            List<Row> accepted = new ArrayList<>();
            List<WorkEvents.WorkState> states = new ArrayList<>();
            for (Row row : chunk) {
                List<FieldError> problems = new ArrayList<>(row.errors());
                WorkState state = row.workId() == null ? null : works.get(row.workId());
                if (row.workId() != null && state == null) {
                    problems.add(new FieldError("workId", "phong trào thi đua không có công trình, phần việc với mã "
                            + row.workId()));
                } else if (state != null && !mayWrite.computeIfAbsent(state.work.organisationId, grant::mayWrite)) {
                    problems.add(new FieldError("workId", "không có quyền báo cáo tiến độ công trình của "
                            + state.organisationName));
                } else if (state != null && problems.isEmpty()) {
                    WorkRules.reportProblems(row.reportedOn(), row.percent(), context.from(), context.to(),
                            state.work.percent, state.work.lastReportedOn)
                            .forEach(p -> problems.add(new FieldError(p.field(), p.message())));
                }
                if (!problems.isEmpty()) {
                    errors.add(new RowError(row.line(), row.rawWorkId(), problems));
                    continue;
                }
                WorkProgressReporting.advance(state.work, row.reportedOn(), row.percent(), context.from(),
                        context.settings().progressMarginPercent());
                state.touched = true;
                accepted.add(row);
                states.add(WorkEvents.state(state.work, context.settings()));
            }
            if (!accepted.isEmpty()) {
                entityManager.unwrap(Session.class).doWork(connection -> store(connection, accepted, states, works,
                        context, grant.actor()));
            }
            return accepted.size();
        });
    }

    /** The chunk's works, locked, with their organisation's name. */
    private Map<UUID, WorkState> load(List<Row> chunk, UUID movementId) {
        List<UUID> ids = chunk.stream().map(Row::workId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<UUID, WorkState> works = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return works;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement("select w.id, w.organisation_id, o.name, w.title, "
                    + "w.category_code, w.target_date, w.registered_on, w.status, w.percent, w.last_reported_on, "
                    + "w.flag from work w left join known_organisation o on o.id = w.organisation_id "
                    + "where w.movement_id = ? and w.id = any (?) order by w.id for update of w")) {
                s.setObject(1, movementId);
                Array array = connection.createArrayOf("uuid", ids.toArray());
                s.setArray(2, array);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        WorkState state = new WorkState();
                        Work w = new Work();
                        w.id = rs.getObject(1, UUID.class);
                        w.organisationId = rs.getObject(2, UUID.class);
                        state.organisationName = rs.getString(3);
                        w.title = rs.getString(4);
                        w.categoryCode = rs.getString(5);
                        w.targetDate = rs.getObject(6, LocalDate.class);
                        w.registeredOn = rs.getObject(7, LocalDate.class);
                        w.status = WorkProgressRules.Status.valueOf(rs.getString(8));
                        w.percent = rs.getInt(9);
                        w.lastReportedOn = rs.getObject(10, LocalDate.class);
                        w.flag = WorkProgressRules.Flag.valueOf(rs.getString(11));
                        w.movementId = movementId;
                        state.work = w;
                        works.put(w.id, state);
                    }
                }
            }
        });
        return works;
    }

    private void store(Connection connection, List<Row> accepted, List<WorkEvents.WorkState> states,
            Map<UUID, WorkState> works, Context context, String actor) throws SQLException {
        List<UUID> reportIds = new ArrayList<>(accepted.size());
        try (CopyStream copy = CopyStream.open(connection,
                "work_progress (id, work_id, reported_on, percent, text, reported_by)")) {
            for (Row row : accepted) {
                UUID id = UUID.randomUUID();
                reportIds.add(id);
                copy.field(id).field(row.workId()).field(row.reportedOn()).field((long) row.percent())
                        .field(row.text()).field(actor);
                copy.endRow();
            }
        }
        List<WorkState> touched = works.values().stream().filter(s -> s.touched).toList();
        try (PreparedStatement update = connection.prepareStatement("update work w set percent = u.percent, "
                + "last_reported_on = u.reported_on, status = u.status, flag = u.flag, version = w.version + 1 "
                + "from unnest(?::uuid[], ?::int[], ?::date[], ?::text[], ?::text[]) "
                + "as u(id, percent, reported_on, status, flag) where w.id = u.id")) {
            update.setArray(1, connection.createArrayOf("uuid", touched.stream().map(s -> s.work.id).toArray()));
            update.setArray(2, connection.createArrayOf("int4", touched.stream().map(s -> s.work.percent).toArray()));
            update.setArray(3, connection.createArrayOf("date", touched.stream()
                    .map(s -> java.sql.Date.valueOf(s.work.lastReportedOn)).toArray()));
            update.setArray(4, connection.createArrayOf("text", touched.stream().map(s -> s.work.status.name())
                    .toArray()));
            update.setArray(5, connection.createArrayOf("text", touched.stream().map(s -> s.work.flag.name())
                    .toArray()));
            update.executeUpdate();
        }
        try (Outbox.BulkEvents events = outbox.bulk(connection)) {
            for (int i = 0; i < accepted.size(); i++) {
                Row row = accepted.get(i);
                WorkEvents.WorkState state = states.get(i);
                WorkState work = works.get(row.workId());
                WorkEvents.OrganisationRef org = new WorkEvents.OrganisationRef(work.work.organisationId,
                        work.organisationName == null ? "" : work.organisationName);
                events.publish(WorkEvents.TOPIC, WorkEvents.PROGRESSED, row.workId().toString(),
                        new WorkEvents.Progressed(context.movement(), org, state,
                                new WorkEvents.Report(reportIds.get(i), row.reportedOn(), row.percent())));
                if (state.status() == WorkProgressRules.Status.COMPLETED) {
                    events.publish(WorkEvents.TOPIC, WorkEvents.COMPLETED, row.workId().toString(),
                            new WorkEvents.Completed(context.movement(), org, state, row.reportedOn()));
                }
            }
        }
    }
}
