package vn.dangbo.emulation.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.kit.web.ProblemException;

/**
 * The deadline a summary report or a nomination is handed in against (settings section {@code summary},
 * {@code dueBefore}), judged at the clock's now: late is refused with the deadline in the message, unless an
 * override of the office covers it.
 */
@ApplicationScoped
public class SubmissionDeadlines {

    /** The settings section the deadline is read from. */
    public record SummarySettings(String source, LocalDate dueBefore) {
    }

    private final EntityManager entityManager;
    private final MovementSettingsStore settings;
    private final Clock clock;

    public SubmissionDeadlines(EntityManager entityManager, MovementSettingsStore settings, Clock clock) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate dueBefore(Movement movement) {
        return settings.section(movement, "summary", SummarySettings.class).dueBefore();
    }

    /**
     * @return the verdict for a submission now (late is true when accepted under an override)
     * @throws ProblemException 422 naming {@code field} when it is late and no override covers it
     */
    public DeadlineRules.Verdict require(Movement movement, DeadlineKind kind, UUID organisationId, String field) {
        Instant now = clock.instant();
        LocalDate due = dueBefore(movement);
        DeadlineRules.Verdict verdict = DeadlineRules.judge(now, due, movement.zoneId(), organisationId,
                overrides(movement.id, kind));
        if (!verdict.accepted()) {
            throw ProblemException.ruleViolated(DeadlineRules.lateMessage(kind.label(), due, movement.zoneId()), field);
        }
        return verdict;
    }

    public List<DeadlineRules.Override> overrides(UUID movementId, DeadlineKind kind) {
        return entityManager.createQuery("from DeadlineOverride o where o.movementId = :m and o.kind = :k",
                        DeadlineOverride.class)
                .setParameter("m", movementId).setParameter("k", kind).getResultList().stream()
                .map(DeadlineOverride::rule).toList();
    }
}
