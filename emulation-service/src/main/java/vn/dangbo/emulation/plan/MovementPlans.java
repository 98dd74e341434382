package vn.dangbo.emulation.plan;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plans on the class path ({@code plans/index.json} lists them): what a movement is launched from. A file that
 * does not read as a whole, or a section its feature refuses, fails the start, never a request later.
 */
@ApplicationScoped
@Startup
public class MovementPlans {

    static final String DIRECTORY = "plans/";

    /** Strict: an unknown field in a plan file is a typo that must not silently drop a rule. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<String, MovementPlan> plans;

    public MovementPlans(Instance<SettingsSection> sections) {
        List<SettingsSection> checks = sections.stream().toList();
        Map<String, MovementPlan> loaded = new LinkedHashMap<>();
        for (String id : ids()) {
            MovementPlan plan = read(DIRECTORY + id + ".json", MovementPlan.class);
            List<String> problems = problems(plan, checks);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("plan " + id + " is refused: " + String.join("; ", problems));
            }
            loaded.put(id, plan);
        }
        this.plans = Collections.unmodifiableMap(loaded);
    }

    public Optional<MovementPlan> find(String id) {
        return Optional.ofNullable(id == null ? null : plans.get(id.strip()));
    }

    public List<MovementPlan> all() {
        return List.copyOf(plans.values());
    }

    /** What is wrong with a plan: its id, zone and period, then each section its feature checks. */
    public static List<String> problems(MovementPlan plan, List<SettingsSection> checks) {
        List<String> problems = new ArrayList<>();
        try {
            ZoneId.of(plan.zone());
        } catch (RuntimeException e) {
            problems.add("zone: múi giờ không hợp lệ " + plan.zone());
        }
        if (plan.period().from() == null || plan.period().to() == null
                || plan.period().to().isBefore(plan.period().from())) {
            problems.add("period: thời gian thi đua không hợp lệ");
        }
        Set<String> anchors = plan.anchors().stream().map(MovementPlan.Anchor::key)
                .collect(Collectors.toSet());
        for (SettingsSection check : checks) {
            var node = plan.sections().get(check.name());
            if (node == null) {
                problems.add("sections." + check.name() + ": thiếu");
            } else {
                check.problems(node, anchors).forEach(p -> problems.add("sections." + check.name() + "." + p));
            }
        }
        return problems;
    }

    private static List<String> ids() {
        List<String> ids = new ArrayList<>();
        read(DIRECTORY + "index.json", com.fasterxml.jackson.databind.JsonNode.class).path("ids")
                .forEach(id -> ids.add(id.asText()));
        if (ids.isEmpty()) {
            throw new IllegalStateException(DIRECTORY + "index.json lists no plan");
        }
        return ids;
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = MovementPlans.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
