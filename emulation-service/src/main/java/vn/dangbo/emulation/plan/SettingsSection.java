package vn.dangbo.emulation.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * A feature's section of the movement's settings ({@code works}, {@code awards}...): every plan file's section is
 * checked at start, and a change the office makes through {@code PUT /movements/{id}/settings/{section}} is checked
 * before it is stored. A feature that reads a section provides one bean of this type for it.
 */
public interface SettingsSection {

    /** The section's name in the plan file, e.g. {@code works}. */
    String name();

    /**
     * @return what is wrong with this value of the section, in Vietnamese, each naming its field (e.g.
     *         {@code maxPerOrganisation: phải từ 1 trở lên}); empty when it may be used
     */
    List<String> problems(JsonNode section);

    /**
     * As {@link #problems(JsonNode)}, knowing the keys of the anchors of the plan or movement the section belongs to
     * (a deadline may hang on an anchor only if it exists). A section that names no anchor needs only the other one.
     */
    default List<String> problems(JsonNode section, Set<String> anchors) {
        return problems(section);
    }
}
