package vn.dangbo.emulation.communication.tvreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.dangbo.emulation.communication.OfficeDesk;
import vn.dangbo.emulation.communication.tvreport.TvReportRecords.TvReportRequest;
import vn.dangbo.emulation.communication.tvreport.TvReportRecords.TvReportResponse;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.web.ProblemException;

/** The office records the thematic TV report, within the plan's duration. */
@ApplicationScoped
public class TvReportService {

    private final EntityManager entityManager;
    private final OfficeDesk desk;
    private final ChangeRecorder changes;

    public TvReportService(EntityManager entityManager, OfficeDesk desk, ChangeRecorder changes) {
        this.entityManager = entityManager;
        this.desk = desk;
        this.changes = changes;
    }

    @Transactional
    public TvReportResponse record(UUID movementId, TvReportRequest request) {
        Movement movement = desk.write(movementId);
        TvReportSettings settings = desk.section(movement, TvReportSection.NAME, TvReportSettings.class);
        TvReportRules.durationRefusal(request.minutes(), settings.minMinutes(), settings.maxMinutes())
                .ifPresent(reason -> {
                    throw ProblemException.ruleViolated(reason, "minutes");
                });
        TvReport report = entityManager.find(TvReport.class, movementId);
        TvReportResponse before = report == null ? null : response(movementId, report, settings);
        boolean isNew = report == null;
        if (isNew) {
            report = new TvReport();
            report.movementId = movementId;
        }
        report.title = request.title().strip();
        report.station = request.station().strip();
        report.minutes = request.minutes();
        report.airedOn = request.airedOn();
        if (isNew) {
            // the insert takes the entity's state when persisted: fill it in first
            entityManager.persist(report);
        }
        TvReportResponse after = response(movementId, report, settings);
        changes.record(Change.of(movementId).audit("tv-report", "RECORDED", before, () -> after));
        return after;
    }

    @Transactional
    public TvReportResponse report(UUID movementId) {
        Movement movement = desk.read(movementId);
        return response(movementId, entityManager.find(TvReport.class, movementId),
                desk.section(movement, TvReportSection.NAME, TvReportSettings.class));
    }

    private static TvReportResponse response(UUID movementId, TvReport r, TvReportSettings settings) {
        return r == null
                ? new TvReportResponse(movementId, null, null, null, null, settings.minMinutes(),
                        settings.maxMinutes())
                : new TvReportResponse(movementId, r.title, r.station, r.minutes, r.airedOn, settings.minMinutes(),
                        settings.maxMinutes());
    }
}
