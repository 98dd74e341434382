package vn.dangbo.emulation.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.deadline.DeadlineOverrideRecords.OverrideRequest;
import vn.dangbo.emulation.deadline.DeadlineOverrideRecords.OverrideResponse;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/** The office lets an organisation (or all) hand in a summary report or nominations late, with a reason; audited. */
@ApplicationScoped
public class DeadlineOverrides {

    private final EntityManager entityManager;
    private final MovementRepository movements;
    private final OrganisationDirectory directory;
    private final AccessGuard access;
    private final ChangeRecorder changes;

    public DeadlineOverrides(EntityManager entityManager, MovementRepository movements,
            OrganisationDirectory directory, AccessGuard access, ChangeRecorder changes) {
        this.entityManager = entityManager;
        this.movements = movements;
        this.directory = directory;
        this.access = access;
        this.changes = changes;
    }

    @Transactional
    public OverrideResponse record(UUID movementId, OverrideRequest request) {
        Movement movement = movements.require(movementId);
        access.requireWriteAccess(movement.blocId);
        String organisationName = null;
        if (request.organisationId() != null) {
            KnownOrganisation bloc = directory.find(movement.blocId).orElseThrow();
            KnownOrganisation organisation = directory.find(request.organisationId())
                    .filter(o -> o.path.startsWith(bloc.path))
                    .orElseThrow(() -> ProblemException.ruleViolated("Tổ chức đảng với mã " + request.organisationId()
                            + " không trực thuộc " + bloc.name, "organisationId"));
            organisationName = organisation.name;
        }
        String reason = VietnameseText.nfcStripped(request.reason());
        if (reason.isEmpty()) {
            throw ProblemException.invalid("reason", "phải ghi lý do cho phép nộp muộn");
        }
        DeadlineOverride o = new DeadlineOverride();
        o.id = UUID.randomUUID();
        o.movementId = movement.id;
        o.kind = request.kind();
        o.organisationId = request.organisationId();
        o.until = request.until().toInstant();
        o.reason = reason;
        o.recordedBy = access.actor();
        entityManager.persist(o);
        entityManager.flush();
        entityManager.refresh(o); // the database's recorded_at
        OverrideResponse response = response(o, organisationName);
        changes.record(Change.of(o.id).audit("deadline-override", "RECORDED", null, () -> response));
        return response;
    }

    @Transactional
    public List<OverrideResponse> list(UUID movementId) {
        movements.require(movementId);
        return entityManager.createQuery("from DeadlineOverride o where o.movementId = :m order by o.until, o.id",
                DeadlineOverride.class).setParameter("m", movementId).getResultList().stream()
                .map(o -> response(o, o.organisationId == null ? null
                        : directory.find(o.organisationId).map(k -> k.name).orElse(null)))
                .toList();
    }

    private static OverrideResponse response(DeadlineOverride o, String organisationName) {
        return new OverrideResponse(o.id, o.movementId, o.kind, o.organisationId, organisationName,
                o.until.atOffset(ZoneOffset.UTC), o.reason, o.recordedBy, o.recordedAt);
    }
}
