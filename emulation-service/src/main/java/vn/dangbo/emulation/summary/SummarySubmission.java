package vn.dangbo.emulation.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.dangbo.emulation.deadline.DeadlineKind;
import vn.dangbo.emulation.deadline.DeadlineRules;
import vn.dangbo.emulation.deadline.SubmissionDeadlines;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.summary.SummaryRecords.SubmitSummaryRequest;
import vn.dangbo.emulation.summary.SummaryRecords.SummaryResponse;
import vn.dangbo.emulation.work.WorkRecords.MissingPage;
import vn.dangbo.emulation.work.WorkRegistration;
import vn.dangbo.emulation.work.WorkViews;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/**
 * A taking organisation hands in its summary report, once, before the deadline of the settings {@code summary}
 * (late only under an override of the office, and then marked late with the override's reason).
 */
@ApplicationScoped
public class SummarySubmission {

    private final EntityManager entityManager;
    private final MovementRepository movements;
    private final SubmissionDeadlines deadlines;
    private final OrganisationDirectory directory;
    private final AccessGuard access;
    private final ChangeRecorder changes;
    private final WorkViews lists;
    private final Clock clock;

    public SummarySubmission(EntityManager entityManager, MovementRepository movements, SubmissionDeadlines deadlines,
            OrganisationDirectory directory, AccessGuard access, ChangeRecorder changes, WorkViews lists,
            Clock clock) {
        this.entityManager = entityManager;
        this.movements = movements;
        this.deadlines = deadlines;
        this.directory = directory;
        this.access = access;
        this.changes = changes;
        this.lists = lists;
        this.clock = clock;
    }

    @Transactional
    public SummaryResponse submit(UUID movementId, SubmitSummaryRequest request) {
        Movement movement = movements.require(movementId);
        KnownOrganisation organisation = WorkRegistration.participant(directory, movement, request.organisationId());
        access.requireWriteAccess(organisation.id);
        DeadlineRules.Verdict verdict = deadlines.require(movement, DeadlineKind.SUMMARY, organisation.id,
                "submittedAt");
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "summary:" + movement.id + ":" + organisation.id).getSingleResult();
        existing(movement.id, organisation.id).ifPresent(first -> {
            throw ProblemException.conflict(organisation.name + " đã nộp báo cáo tổng kết đợt thi đua lúc "
                    + first.submittedAt.atZone(movement.zoneId()).format(
                            java.time.format.DateTimeFormatter.ofPattern("HH:mm 'ngày' d/M/yyyy"))
                    + " (mã " + first.id + ")");
        });
        SummaryReport summary = new SummaryReport();
        summary.id = UUID.randomUUID();
        summary.movementId = movement.id;
        summary.organisationId = organisation.id;
        summary.text = VietnameseText.nfcStripped(request.text());
        summary.submittedAt = clock.instant();
        summary.late = verdict.late();
        summary.overrideReason = verdict.override().map(DeadlineRules.Override::reason).orElse(null);
        summary.submittedBy = access.actor();
        entityManager.persist(summary);
        SummaryResponse response = response(summary, organisation.name);
        changes.record(Change.of(summary.id)
                .event(SummaryEvents.TOPIC, SummaryEvents.SUBMITTED, () -> new SummaryEvents.Submitted(
                        new SummaryEvents.MovementRef(movement.id, movement.name),
                        new SummaryEvents.OrganisationRef(organisation.id, organisation.name),
                        new SummaryEvents.Summary(summary.id, response.submittedAt(), summary.late,
                                summary.overrideReason)))
                .audit("summary-report", summary.late ? "SUBMITTED_LATE" : "SUBMITTED", null, () -> response));
        return response;
    }

    /** The summaries handed in, by organisation in Vietnamese order. */
    @Transactional
    public List<SummaryResponse> list(UUID movementId) {
        movements.require(movementId);
        List<SummaryReport> all = entityManager.createQuery("from SummaryReport s where s.movementId = :m",
                SummaryReport.class).setParameter("m", movementId).getResultList();
        Map<UUID, String> names = all.isEmpty() ? Map.of() : entityManager.createQuery(
                "from KnownOrganisation o where o.id in :ids", KnownOrganisation.class)
                .setParameter("ids", all.stream().map(s -> s.organisationId).toList()).getResultList().stream()
                .collect(Collectors.toMap(o -> o.id, o -> o.name));
        java.text.Collator collator = VietnameseText.collator();
        return all.stream().map(s -> response(s, names.get(s.organisationId)))
                .sorted(Comparator.comparing(SummaryResponse::organisationName, Comparator.nullsLast(collator)))
                .toList();
    }

    /** The organisations taking part that have handed in no summary report. */
    public MissingPage missing(UUID movementId, UUID under, int page, int size) {
        return lists.missing(movementId, under, page, size, "not exists (select 1 from summary_report s "
                + "where s.movement_id = :m and s.organisation_id = o.id)");
    }

    private java.util.Optional<SummaryReport> existing(UUID movementId, UUID organisationId) {
        return entityManager.createQuery("from SummaryReport s where s.movementId = :m and s.organisationId = :o",
                SummaryReport.class).setParameter("m", movementId).setParameter("o", organisationId)
                .getResultStream().findFirst();
    }

    private static SummaryResponse response(SummaryReport s, String organisationName) {
        return new SummaryResponse(s.id, s.movementId, s.organisationId, organisationName, s.text,
                s.submittedAt.atOffset(ZoneOffset.UTC), s.late, s.overrideReason, s.submittedBy);
    }
}
