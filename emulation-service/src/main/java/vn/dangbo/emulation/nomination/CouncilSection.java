package vn.dangbo.emulation.nomination;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dangbo.emulation.plan.SettingsSection;

/**
 * Checks the {@code council} section: the emulation council's size ({@code members}), what its threshold is a percent
 * of ({@code base} ALL_MEMBERS or PRESENT), the {@code percent} and whether the votes for must be
 * {@code strictlyAbove} it or may equal it.
 */
@ApplicationScoped
public class CouncilSection implements SettingsSection {

    static final String NAME = "council";
    private static final Set<String> FIELDS = Set.of("source", "members", "base", "percent", "strictlyAbove");

    /** The section as the nominations read it. */
    public record CouncilSettings(String source, int members, CouncilVoteRules.Base base, int percent,
            boolean strictlyAbove) {

        CouncilVoteRules.Council council() {
            return new CouncilVoteRules.Council(members, base, percent, strictlyAbove);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> problems(JsonNode section) {
        List<String> problems = new ArrayList<>();
        JsonNode members = section.path("members");
        if (!members.isInt() || members.asInt() < 1) {
            problems.add("members: phải là số nguyên từ 1 trở lên (số thành viên Hội đồng Thi đua - Khen thưởng)");
        }
        JsonNode base = section.path("base");
        if (!base.isTextual() || !Set.of("ALL_MEMBERS", "PRESENT").contains(base.asText())) {
            problems.add("base: phải là ALL_MEMBERS (tổng số thành viên) hoặc PRESENT (số thành viên có mặt)");
        }
        JsonNode percent = section.path("percent");
        if (!percent.isInt() || percent.asInt() < 1 || percent.asInt() > 100) {
            problems.add("percent: phải là số nguyên từ 1 đến 100");
        }
        if (!section.path("strictlyAbove").isBoolean()) {
            problems.add("strictlyAbove: phải là true (trên tỷ lệ) hoặc false (từ tỷ lệ trở lên)");
        }
        section.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                problems.add(f + ": không có mục cài đặt này");
            }
        });
        return problems;
    }
}
