package vn.dangbo.emulation.deadline;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.emulation.plan.SettingsSection;

/** Checks the {@code summary} section: {@code dueBefore} is the day reports and nominations are due before. */
@ApplicationScoped
public class SummarySection implements SettingsSection {

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public List<String> problems(JsonNode section) {
        List<String> problems = new ArrayList<>();
        JsonNode due = section.path("dueBefore");
        try {
            LocalDate.parse(due.asText());
        } catch (DateTimeParseException e) {
            problems.add("dueBefore: phải là một ngày (yyyy-MM-dd)");
        }
        section.fieldNames().forEachRemaining(f -> {
            if (!f.equals("dueBefore") && !f.equals("source")) {
                problems.add(f + ": không có mục cài đặt này");
            }
        });
        return problems;
    }
}
