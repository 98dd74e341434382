package vn.dangbo.emulation.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.dangbo.emulation.plan.MovementPlan;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/** Launches a bloc's movement from a plan file: its period, its anchors and a copy of the plan's settings. */
@ApplicationScoped
public class MovementLaunch {

    private final MovementPlans plans;
    private final MovementService blocs;
    private final MovementRepository movements;
    private final AccessGuard access;
    private final ChangeRecorder changes;
    private final MovementViews views;
    private final Event<MovementLaunched> launched;

    public MovementLaunch(MovementPlans plans, MovementService blocs, MovementRepository movements,
            AccessGuard access, ChangeRecorder changes, MovementViews views, Event<MovementLaunched> launched) {
        this.plans = plans;
        this.blocs = blocs;
        this.movements = movements;
        this.access = access;
        this.changes = changes;
        this.views = views;
        this.launched = launched;
    }

    @Transactional
    public MovementRecords.MovementResponse launch(MovementRecords.LaunchRequest request) {
        MovementPlan plan = plans.find(request.planId()).orElseThrow(() -> ProblemException.invalid("planId",
                "không có kế hoạch \"" + request.planId() + "\"; các kế hoạch: "
                        + String.join(", ", plans.all().stream().map(MovementPlan::id).toList())));
        blocs.bloc(request.blocId());
        access.requireWriteAccess(request.blocId());
        if (movements.exists(request.blocId(), plan.id())) {
            throw ProblemException.conflict("Đảng bộ Khối đã phát động phong trào thi đua theo kế hoạch " + plan.id());
        }
        Movement movement = new Movement();
        movement.id = UUID.randomUUID();
        movement.blocId = request.blocId();
        movement.planId = plan.id();
        movement.name = plan.name();
        movement.startsOn = plan.period().from();
        movement.endsOn = plan.period().to();
        movement.zone = plan.zone();
        movement.settings = MovementSettingsStore.write(plan.sections());
        movements.persist(movement);
        for (MovementPlan.Anchor a : plan.anchors()) {
            MovementAnchor anchor = new MovementAnchor();
            anchor.movementId = movement.id;
            anchor.key = a.key();
            anchor.label = a.label();
            anchor.onDate = a.date();
            anchor.windowFrom = a.window() == null ? null : a.window().from();
            anchor.windowTo = a.window() == null ? null : a.window().to();
            movements.persist(anchor);
        }
        changes.record(Change.of(movement.id).audit("movement", "LAUNCHED", null, () -> views.response(movement)));
        launched.fire(new MovementLaunched(movement.id));
        return views.response(movement);
    }
}
