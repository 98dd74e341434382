package vn.dangbo.emulation.gathering;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dangbo.emulation.gathering.GatheringSettings.KindSettings;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.SectionReading;
import vn.dangbo.emulation.plan.SettingsSection;

/**
 * Checks the {@code gatherings} section: each event's defaults complete (an anchor of the movement, a window, a
 * planned count, the hours in order), a positive half day, the programme's parts and its arts items' number.
 */
@ApplicationScoped
public class GatheringsSection implements SettingsSection {

    public static final String NAME = "gatherings";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> problems(JsonNode section) {
        return problems(section, null);
    }

    @Override
    public List<String> problems(JsonNode section, Set<String> anchors) {
        List<String> problems = new ArrayList<>();
        GatheringSettings s = SectionReading.read(MovementPlans.JSON, section, GatheringSettings.class, problems);
        if (s == null) {
            return problems;
        }
        if (!(s.maxHours() > 0)) {
            problems.add("maxHours: phải lớn hơn 0 giờ");
        }
        kind("seminar", s.seminar(), anchors, problems);
        kind("meeting", s.meeting(), anchors, problems);
        GatheringSettings.Programme p = s.programme();
        if (p == null || p.artsItems() == null || p.letter() == null) {
            problems.add("programme: phải có artsItems, letter và parts");
            return problems;
        }
        if (p.artsItems().max() < 1) {
            problems.add("programme.artsItems.max: phải từ 1 tiết mục trở lên");
        }
        if (SectionReading.blank(p.artsItems().performer())) {
            problems.add("programme.artsItems.performer: không được để trống");
        }
        if (SectionReading.blank(p.letter().title())) {
            problems.add("programme.letter.title: không được để trống");
        }
        problems.addAll(ProgrammeRules.partProblems(p.parts() == null ? null
                : p.parts().stream().map(x -> x == null ? null : new ProgrammeRules.Part(x.kind(), x.title()))
                        .toList()));
        return problems;
    }

    private static void kind(String field, KindSettings k, Set<String> anchors, List<String> problems) {
        if (k == null) {
            problems.add(field + ": phải có");
            return;
        }
        if (SectionReading.blank(k.anchor())) {
            problems.add(field + ".anchor: không được để trống");
        } else if (anchors != null && !anchors.contains(k.anchor())) {
            problems.add(field + ".anchor: phong trào không có mốc " + k.anchor());
        }
        if (SectionReading.blank(k.title())) {
            problems.add(field + ".title: không được để trống");
        }
        if (SectionReading.blank(k.organiser())) {
            problems.add(field + ".organiser: không được để trống");
        }
        if (SectionReading.blank(k.venue())) {
            problems.add(field + ".venue: không được để trống");
        }
        if (k.plannedCount() < 1) {
            problems.add(field + ".plannedCount: phải từ 1 người trở lên");
        }
        if (k.startsAt() == null || k.endsAt() == null) {
            problems.add(field + ".startsAt: phải có giờ bắt đầu và giờ kết thúc");
        } else {
            GatheringRules.timesRefusal(k.startsAt(), k.endsAt())
                    .ifPresent(reason -> problems.add(field + ".endsAt: " + reason));
        }
        if (k.window() == null || k.window().from() == null || k.window().to() == null) {
            problems.add(field + ".window: phải có ngày bắt đầu (from) và kết thúc (to)");
        } else if (k.window().to().isBefore(k.window().from())) {
            problems.add(field + ".window.to: phải từ ngày window.from trở đi");
        }
    }
}
