package vn.dangbo.emulation.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.plan.MovementPlan;
import vn.dangbo.emulation.plan.MovementPlans;

/** The seed plan's {@code tasks} section reads and passes; a bad value is refused naming its field. */
class TasksSectionTest {

    private final TasksSection section = new TasksSection();

    @Test
    void theSeedPlansSectionReadsWithItsEightBlocksAndPasses() throws Exception {
        MovementPlan plan = plan();
        Set<String> anchors = anchors(plan);

        assertEquals(List.of(), section.problems(plan.sections().get("tasks"), anchors));
        TaskSettings tasks = MovementPlans.JSON.treeToValue(plan.sections().get("tasks"), TaskSettings.class);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), tasks.blocks().stream().map(TaskSettings.Block::no).toList());
        assertEquals(19, tasks.blocks().stream().mapToInt(b -> b.tasks().size()).sum());
    }

    @Test
    void anUnknownHelperAnAnchorTheMovementLacksAndAnUnknownFieldAreRefused() throws Exception {
        MovementPlan plan = plan();
        ObjectNode tasks = plan.sections().get("tasks").deepCopy();
        ObjectNode journal = (ObjectNode) tasks.at("/blocks/2/tasks/3");
        ((ArrayNode) journal.get("helpers")).add("BAN_KHONG_CO");
        assertEquals(List.of("blocks[2].tasks[3].helpers: BAN_KHONG_CO không có trong danh sách cơ quan (bodies)"),
                section.problems(tasks, anchors(plan)));

        ObjectNode moved = plan.sections().get("tasks").deepCopy();
        ((ObjectNode) moved.at("/blocks/2/tasks/3/due")).put("anchor", "GALA");
        assertEquals(List.of("blocks[2].tasks[3].due.anchor: kế hoạch không có mốc GALA (các mốc: MEETING, SEMINAR, "
                + "TOURNAMENT_FINALS)"), section.problems(moved, anchors(plan)));

        ObjectNode typo = plan.sections().get("tasks").deepCopy();
        ((ObjectNode) typo.at("/blocks/0")).put("ower", "BTV");
        List<String> problems = section.problems(typo, anchors(plan));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).equals("blocks[0].ower: không có mục cài đặt này"), problems.get(0));
    }

    private static Set<String> anchors(MovementPlan plan) {
        return plan.anchors().stream().map(MovementPlan.Anchor::key).collect(Collectors.toSet());
    }

    private static MovementPlan plan() throws Exception {
        try (InputStream in = TasksSectionTest.class.getClassLoader()
                .getResourceAsStream("plans/2024-khoi-65-nam.json")) {
            return MovementPlans.JSON.readValue(in, MovementPlan.class);
        }
    }
}
