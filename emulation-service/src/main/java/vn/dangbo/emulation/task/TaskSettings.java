package vn.dangbo.emulation.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Section {@code tasks} of a movement's settings (§III, tổ chức thực hiện): the bodies the plan assigns work to and
 * its blocks of assignments, each block owned by one body. Read once, at launch, into the task board.
 */
public record TaskSettings(String source, List<Body> bodies, List<Block> blocks) {

    public TaskSettings {
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    public Optional<Body> body(String code) {
        return bodies.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /** A body named by the plan: a committee's board, the office, the youth union... */
    public record Body(String code, String name) {
    }

    /** One numbered block of §III: its owner body and its assignments. */
    public record Block(int no, String owner, List<Assignment> tasks) {

        public Block {
            tasks = tasks == null ? List.of() : List.copyOf(tasks);
        }
    }

    /** An assignment: the owner of its block does it, helped by {@code helpers}, by its due rule. */
    public record Assignment(String key, String title, List<String> helpers, DueRule due) {

        public Assignment {
            helpers = helpers == null ? List.of() : List.copyOf(helpers);
        }
    }

    /**
     * When an assignment is due: a fixed {@code date}, or {@code offsetDays} from an {@code anchor} of the movement
     * (the day before the meeting is MEETING -1), so it moves with the anchor.
     */
    public record DueRule(LocalDate date, String anchor, Integer offsetDays) {

        public boolean isAnchored() {
            return anchor != null;
        }
    }
}
