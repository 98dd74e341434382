package vn.dangbo.emulation.movement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.dangbo.emulation.plan.SettingsSection;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.Problem;
import vn.dangbo.kit.web.ProblemException;

/**
 * The office changes one section of a movement's settings (the council's threshold, the quota, a deadline): the
 * feature reading the section checks the new value first; the change is audited with the section before and after.
 */
@ApplicationScoped
public class SettingsChange {

    private final MovementRepository movements;
    private final MovementSettingsStore store;
    private final AccessGuard access;
    private final ChangeRecorder changes;

    public SettingsChange(MovementRepository movements, MovementSettingsStore store, AccessGuard access,
            ChangeRecorder changes) {
        this.movements = movements;
        this.store = store;
        this.access = access;
        this.changes = changes;
    }

    @Transactional
    public Movement replaceSection(UUID movementId, String name, JsonNode value) {
        Movement movement = movements.lock(movementId);
        access.requireWriteAccess(movement.blocId);
        SettingsSection check = store.check(name).orElseThrow(() -> ProblemException.notFound(
                "Phong trào thi đua không có mục cài đặt " + name));
        if (value == null || !value.isObject()) {
            throw ProblemException.invalid(name, "phải là một đối tượng JSON");
        }
        List<String> problems = check.problems(value, movements.anchors(movementId).stream()
                .map(a -> a.key).collect(Collectors.toSet()));
        if (!problems.isEmpty()) {
            throw new ProblemException(400, "validation", "Dữ liệu không hợp lệ",
                    "Cài đặt mục " + name + " không hợp lệ",
                    problems.stream().map(p -> fieldError(name, p)).toList());
        }
        ObjectNode sections = store.tree(movement);
        JsonNode before = sections.get(name);
        sections.set(name, value);
        movement.settings = MovementSettingsStore.write(sections);
        changes.record(Change.of(movementId).audit("movement-settings", "CHANGED:" + name, before, () -> value));
        return movement;
    }

    /** {@code field: message} from a section's check, as a field error of the request. */
    private static Problem.FieldError fieldError(String section, String problem) {
        int colon = problem.indexOf(':');
        return colon < 0 ? new Problem.FieldError(section, problem)
                : new Problem.FieldError(section + "." + problem.substring(0, colon).strip(),
                        problem.substring(colon + 1).strip());
    }
}
