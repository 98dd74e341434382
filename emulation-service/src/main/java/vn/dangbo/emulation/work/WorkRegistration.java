package vn.dangbo.emulation.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementEligibility;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.work.WorkRecords.RegisterWorkRequest;
import vn.dangbo.emulation.work.WorkRecords.WorkResponse;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/** A taking organisation registers a dedicated work (đăng ký công trình, phần việc). */
@ApplicationScoped
public class WorkRegistration {

    private final MovementRepository movements;
    private final WorkRepository works;
    private final WorkViews views;
    private final OrganisationDirectory directory;
    private final AccessGuard access;
    private final ChangeRecorder changes;
    private final Clock clock;

    public WorkRegistration(MovementRepository movements, WorkRepository works, WorkViews views,
            OrganisationDirectory directory, AccessGuard access, ChangeRecorder changes, Clock clock) {
        this.movements = movements;
        this.works = works;
        this.views = views;
        this.directory = directory;
        this.access = access;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public WorkResponse register(UUID movementId, RegisterWorkRequest request) {
        Movement movement = movements.require(movementId);
        KnownOrganisation organisation = participant(directory, movement, request.organisationId());
        access.requireWriteAccess(organisation.id);
        WorkSettings settings = views.settings(movement);
        WorkRules.categoryProblem(settings, request.categoryCode()).ifPresent(WorkRegistration::refuse);
        WorkRules.targetDateProblem(request.targetDate(), movement.startsOn, movement.endsOn)
                .ifPresent(WorkRegistration::refuse);
        works.serialiseRegistrations(movement.id, organisation.id);
        List<String> registered = works.ofOrganisation(movement.id, organisation.id).stream().map(w -> w.title)
                .toList();
        WorkRules.limitProblem(registered, settings.maxPerOrganisation()).ifPresent(message -> {
            throw ProblemException.conflict(message);
        });
        Work work = new Work();
        work.id = UUID.randomUUID();
        work.movementId = movement.id;
        work.organisationId = organisation.id;
        work.title = VietnameseText.nfcStripped(request.title());
        work.categoryCode = request.categoryCode();
        work.description = VietnameseText.nfcStripped(request.description());
        work.targetDate = request.targetDate();
        work.registeredOn = LocalDate.ofInstant(clock.instant(), movement.zoneId());
        work.percent = 0;
        work.status = WorkProgressRules.Status.REGISTERED;
        LocalDate start = WorkProgressRules.start(work.registeredOn, movement.startsOn);
        work.flag = WorkProgressRules.flag(0, start, work.targetDate, start, settings.progressMarginPercent());
        work.createdBy = access.actor();
        works.persist(work);
        WorkEvents.MovementRef movementRef = new WorkEvents.MovementRef(movement.id, movement.name);
        WorkEvents.OrganisationRef orgRef = new WorkEvents.OrganisationRef(organisation.id, organisation.name);
        changes.record(Change.of(work.id)
                .event(WorkEvents.TOPIC, WorkEvents.REGISTERED,
                        () -> new WorkEvents.Registered(movementRef, orgRef, WorkEvents.state(work, settings)))
                .audit("work", "REGISTERED", null, () -> WorkViews.response(work, settings, organisation.name)));
        return WorkViews.response(work, settings, organisation.name);
    }

    /**
     * @return the organisation when it takes part in the movement
     * @throws ProblemException 422 naming {@code organisationId} otherwise
     */
    public static KnownOrganisation participant(OrganisationDirectory directory, Movement movement,
            UUID organisationId) {
        KnownOrganisation organisation = directory.find(organisationId).orElseThrow(() -> ProblemException
                .ruleViolated("Không có tổ chức đảng với mã " + organisationId, "organisationId"));
        MovementEligibility.registrationProblem(new MovementEligibility.Candidate(organisation.id, organisation.type,
                organisation.status, organisation.path), movement.blocId).ifPresent(problem -> {
                    throw ProblemException.ruleViolated(problem, "organisationId");
                });
        return organisation;
    }

    private static void refuse(WorkRules.FieldProblem problem) {
        throw ProblemException.ruleViolated(problem.message(), problem.field());
    }
}
