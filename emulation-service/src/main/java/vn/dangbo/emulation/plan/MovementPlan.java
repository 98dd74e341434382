package vn.dangbo.emulation.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One plan file ({@code plans/<id>.json}): what a plan sets for its movement, with the plan's section cited. The
 * period and the anchors are common to every feature; each feature reads its own section of {@code sections} into
 * its own record (see {@link MovementSettings}), so a new rule is a new field of one section, not of this record.
 *
 * @param zone       where the plan's dates and deadlines are read (Asia/Ho_Chi_Minh)
 * @param issuerTerm the bloc committee's term its documents are numbered in (nhiệm kỳ), e.g. 2020-2025
 */
public record MovementPlan(String id, String name, String source, String zone, String issuerTerm, Period period,
        List<Anchor> anchors, ObjectNode sections) {

    public MovementPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(issuerTerm, "issuerTerm");
        Objects.requireNonNull(period, "period");
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
        Objects.requireNonNull(sections, "sections");
    }

    /** Thời gian thi đua: the days reports may be dated in, both inclusive. */
    public record Period(LocalDate from, LocalDate to, String source) {
    }

    /**
     * An event of the plan other dates hang on (the meeting, the seminar): {@code date} null while still open, then
     * {@code window} bounds it.
     */
    public record Anchor(String key, String label, LocalDate date, Window window, String source) {
    }

    public record Window(LocalDate from, LocalDate to) {
    }
}
