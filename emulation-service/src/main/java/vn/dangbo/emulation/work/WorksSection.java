package vn.dangbo.emulation.work;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dangbo.emulation.plan.SettingsSection;

/** Checks the {@code works} section of a plan file or of the office's change. */
@ApplicationScoped
public class WorksSection implements SettingsSection {

    private static final Set<String> FIELDS = Set.of("source", "minPerOrganisation", "maxPerOrganisation",
            "progressMarginPercent", "evidenceMaxBytes", "categories");

    @Override
    public String name() {
        return WorkSettings.SECTION;
    }

    @Override
    public List<String> problems(JsonNode section) {
        List<String> problems = new ArrayList<>();
        section.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                problems.add(f + ": không có mục cài đặt này");
            }
        });
        JsonNode min = section.path("minPerOrganisation");
        JsonNode max = section.path("maxPerOrganisation");
        if (!min.isInt() || min.asInt() < 0) {
            problems.add("minPerOrganisation: phải là số nguyên từ 0 trở lên");
        }
        if (!max.isInt() || max.asInt() < 1) {
            problems.add("maxPerOrganisation: phải là số nguyên từ 1 trở lên");
        } else if (min.isInt() && min.asInt() > max.asInt()) {
            problems.add("maxPerOrganisation: không được nhỏ hơn minPerOrganisation");
        }
        JsonNode margin = section.path("progressMarginPercent");
        if (!margin.isInt() || margin.asInt() < 0 || margin.asInt() > 100) {
            problems.add("progressMarginPercent: phải là số nguyên từ 0 đến 100");
        }
        JsonNode size = section.path("evidenceMaxBytes");
        if (!size.canConvertToLong() || !size.isIntegralNumber() || size.asLong() < 1) {
            problems.add("evidenceMaxBytes: phải là số byte lớn hơn 0");
        }
        JsonNode categories = section.path("categories");
        if (!categories.isArray() || categories.isEmpty()) {
            problems.add("categories: phải có ít nhất một nhóm nội dung");
        } else {
            Set<String> codes = new HashSet<>();
            for (JsonNode c : categories) {
                String code = c.path("code").asText("");
                if (code.isBlank() || c.path("label").asText("").isBlank()) {
                    problems.add("categories: mỗi nhóm phải có code và label");
                } else if (!codes.add(code)) {
                    problems.add("categories: mã nhóm " + code + " bị trùng");
                }
                c.fieldNames().forEachRemaining(f -> {
                    if (!f.equals("code") && !f.equals("label")) {
                        problems.add("categories: không có mục " + f);
                    }
                });
            }
        }
        return problems;
    }
}
