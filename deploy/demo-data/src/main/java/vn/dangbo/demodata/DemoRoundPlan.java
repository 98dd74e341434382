package vn.dangbo.demodata;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The congress plan of the Office party committee (seed plan 002: "Kế hoạch tổ chức đại hội các chi bộ trực thuộc
 * nhiệm kỳ 2020-2022 và Đại hội Đảng bộ Văn phòng UBND tỉnh nhiệm kỳ 2020-2025") as the demo enters it into
 * congress-service: the round (rule set {@code 2020}, age reference 4/2020 for the grassroots level, Chi bộ I the
 * pilot within 3/2020, the other cells within 4/2020, the committee within 6/2020, terms 2020-2022 and 2020-2025,
 * the date by which the bloc committee approves the committee's drafts)
 * and the seven congresses in the order the plan holds them. The seed names months only; the days are working days
 * chosen inside them (15/4/2020 is the cell congress the deadline example uses). Plain values, no network.
 */
public record DemoRoundPlan(
        UUID conveningCommitteeId,
        String ruleSetId,
        Map<String, String> ageReferenceMonths,
        UUID pilotOrganisationId,
        Window pilotWindow,
        Window cellWindow,
        Window committeeWindow,
        String cellTerm,
        String committeeTerm,
        LocalDate committeeDraftsDue,
        List<PlannedCongress> congresses) {

    /** Both days inclusive. */
    public record Window(LocalDate from, LocalDate to) {

        public boolean contains(LocalDate start, LocalDate end) {
            return !start.isBefore(from) && !end.isAfter(to);
        }

        Map<String, Object> json() {
            Map<String, Object> window = new LinkedHashMap<>();
            window.put("from", from.toString());
            window.put("to", to.toString());
            return window;
        }
    }

    /** One congress of the plan; {@code kind} as congress-service names it (ALL_MEMBER, DELEGATE). */
    public record PlannedCongress(String organisationKey, UUID organisationId, String organisationName, String kind,
            LocalDate start, int days, boolean pilot, String term) {

        public LocalDate end() {
            return start.plusDays(days - 1L);
        }
    }

    static final String RULE_SET = "2020";
    static final String CELL_TERM = "2020-2022";
    static final String COMMITTEE_TERM = "2020-2025";

    /**
     * The seed's plan. Every congress is all-member: a cell always, and the Office committee because it has fewer
     * than the 200 members from which the 2020 rule set calls a delegate congress (seed §II.4: "tiến hành Đại hội
     * toàn thể Đảng viên").
     */
    public static DemoRoundPlan seed2020() {
        String office = DemoDataGenerator.OFFICE_KEY;
        return new DemoRoundPlan(
                DemoFiles.idOf(office),
                RULE_SET,
                Map.of("GRASSROOTS", "2020-04"),
                DemoFiles.idOf(DemoDataGenerator.PILOT_CELL_KEY),
                new Window(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31)),
                new Window(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 30)),
                new Window(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30)),
                CELL_TERM,
                COMMITTEE_TERM,
                // the seed leaves it to the bloc committee (§II.6b): a working day ten days before the congress
                LocalDate.of(2020, 6, 8),
                List.of(
                        cell(1, "I", LocalDate.of(2020, 3, 20), true),
                        cell(2, "II", LocalDate.of(2020, 4, 7), false),
                        cell(3, "III", LocalDate.of(2020, 4, 9), false),
                        cell(4, "IV", LocalDate.of(2020, 4, 14), false),
                        cell(5, "V", LocalDate.of(2020, 4, 15), false),
                        cell(6, "VI", LocalDate.of(2020, 4, 17), false),
                        new PlannedCongress(office, DemoFiles.idOf(office), DemoDataGenerator.OFFICE_NAME,
                                "ALL_MEMBER", LocalDate.of(2020, 6, 18), 2, false, COMMITTEE_TERM)));
    }

    private static PlannedCongress cell(int number, String numeral, LocalDate day, boolean pilot) {
        String key = DemoDataGenerator.OFFICE_KEY + "-cb" + number;
        return new PlannedCongress(key, DemoFiles.idOf(key), "Chi bộ " + numeral, "ALL_MEMBER", day, 1, pilot,
                CELL_TERM);
    }

    /** The body of {@code POST /rounds}. */
    public Map<String, Object> roundRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conveningCommitteeId", conveningCommitteeId.toString());
        body.put("ruleSetId", ruleSetId);
        body.put("ageReferenceMonths", ageReferenceMonths);
        body.put("pilotOrganisationId", pilotOrganisationId.toString());
        body.put("pilotWindow", pilotWindow.json());
        body.put("cellWindow", cellWindow.json());
        body.put("committeeWindow", committeeWindow.json());
        body.put("cellTerm", cellTerm);
        body.put("committeeTerm", committeeTerm);
        body.put("committeeDraftsDue", committeeDraftsDue.toString());
        return body;
    }

    /** The body of {@code POST /congresses} for one congress of the plan in round {@code roundId}. */
    public static Map<String, Object> congressRequest(UUID roundId, PlannedCongress congress) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("roundId", roundId.toString());
        body.put("organisationId", congress.organisationId().toString());
        body.put("kind", congress.kind());
        body.put("startDate", congress.start().toString());
        body.put("days", congress.days());
        body.put("pilot", congress.pilot());
        body.put("term", congress.term());
        return body;
    }
}
