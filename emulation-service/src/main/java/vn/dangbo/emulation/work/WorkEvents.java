package vn.dangbo.emulation.work;

import java.time.LocalDate;
import java.util.UUID;

/** The works' events on {@code emulation.movements.v1} (key = work id); schemas in events/schemas. */
public final class WorkEvents {

    public static final String TOPIC = "emulation.movements.v1";
    public static final String REGISTERED = "vn.dangbo.emulation.work.registered.v1";
    public static final String PROGRESSED = "vn.dangbo.emulation.work.progressed.v1";
    public static final String COMPLETED = "vn.dangbo.emulation.work.completed.v1";

    private WorkEvents() {
    }

    public record MovementRef(UUID id, String name) {
    }

    public record OrganisationRef(UUID id, String name) {
    }

    public record Category(String code, String label) {
    }

    public record WorkState(UUID id, String title, Category category, LocalDate targetDate, int percent,
            WorkProgressRules.Status status, WorkProgressRules.Flag flag) {
    }

    public record Report(UUID id, LocalDate reportedOn, int percent) {
    }

    public record Registered(MovementRef movement, OrganisationRef organisation, WorkState work) {
    }

    public record Progressed(MovementRef movement, OrganisationRef organisation, WorkState work, Report report) {
    }

    public record Completed(MovementRef movement, OrganisationRef organisation, WorkState work, LocalDate completedOn) {
    }

    static WorkState state(Work w, WorkSettings settings) {
        String label = settings.category(w.categoryCode).map(WorkSettings.Category::label).orElse(w.categoryCode);
        return new WorkState(w.id, w.title, new Category(w.categoryCode, label), w.targetDate, w.percent, w.status,
                w.flag);
    }
}
