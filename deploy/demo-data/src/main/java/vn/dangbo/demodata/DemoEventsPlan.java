package vn.dangbo.demodata;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The seed's seminar, commemoration meeting and air-volleyball tournament (plan 004 §II.3, §II.5, §II.7) as the demo
 * enters them into the movement of {@link DemoMovementPlan}: the seminar on a day of April 2024 and the meeting on its
 * anchor's day (10/5/2024), each with the people outside the registry the office enters (provincial and district
 * leaders, former leaders of the bloc, the bloc's staff: invented names, no real person's), the seminar's chosen cells
 * (the Office committee's six); the tournament with a handful of teams of the demo's members, one of them a joint team
 * of two small grassroots cells. Plain values, no network.
 */
public record DemoEventsPlan(List<PlannedEvent> events, List<PlannedTeam> teams) {

    /**
     * A guest, put in the event's group of people outside the registry whose label contains {@code groupHint}
     * (accent- and case-insensitive), or the first such group when none does.
     */
    public record Guest(String groupHint, String fullName, String title, String organisationName) {
    }

    /**
     * @param date         null: the anchor's day (the meeting's 10/5/2024)
     * @param chosenCells  the cells whose secretaries the office invites (the seminar's "Bí thư một số các chi bộ
     *                     trực thuộc"), by demo key
     */
    public record PlannedEvent(String kind, LocalDate date, List<Guest> guests, List<String> chosenCells) {

        public List<UUID> chosenCellIds() {
            return chosenCells.stream().map(DemoFiles::idOf).toList();
        }
    }

    /**
     * One team: its organisations (one grassroots organisation, or up to 3 grassroots cells) and its roster taken
     * from the registry's list of their members: {@code women} women and {@code men} men, in list order.
     */
    public record PlannedTeam(List<String> organisationKeys, int women, int men) {

        public List<UUID> organisationIds() {
            return organisationKeys.stream().map(DemoFiles::idOf).toList();
        }
    }

    static final String PROVINCE = "Thường trực Tỉnh ủy";
    static final String DISTRICTS = "Huyện ủy";
    static final String FORMER = "nguyên";
    static final String STAFF = "cơ quan tham mưu giúp việc Đảng ủy Khối";

    public static DemoEventsPlan seed2024() {
        List<Guest> province = List.of(
                new Guest(PROVINCE, "Trần Minh Đức", "Phó Bí thư Thường trực Tỉnh ủy", "Tỉnh ủy Lào Cai"),
                new Guest(PROVINCE, "Nông Thị Hạnh", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy",
                        "Ban Tổ chức Tỉnh ủy Lào Cai"),
                new Guest(PROVINCE, "Lương Văn Bình", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy",
                        "Ban Tuyên giáo Tỉnh ủy Lào Cai"));
        PlannedEvent seminar = new PlannedEvent("SEMINAR", LocalDate.of(2024, 4, 19), List.of(
                province.get(0), province.get(1),
                new Guest(STAFF, "Lê Thị Thanh Huyền", "Chánh Văn phòng Đảng ủy Khối", "Văn phòng Đảng ủy Khối"),
                new Guest(STAFF, "Đinh Công Sơn", "Trưởng Ban Tuyên giáo Đảng ủy Khối",
                        "Ban Tuyên giáo Đảng ủy Khối")),
                officeCells());
        List<Guest> meetingGuests = new ArrayList<>(province);
        meetingGuests.add(new Guest(DISTRICTS, "Triệu Văn Hùng", "Phó Bí thư Thường trực Huyện ủy Bảo Thắng",
                "Huyện ủy Bảo Thắng"));
        meetingGuests.add(new Guest(DISTRICTS, "Hà Thị Ngân", "Phó Bí thư Thường trực Thành ủy Lào Cai",
                "Thành ủy Lào Cai"));
        meetingGuests.add(new Guest(FORMER, "Phan Văn Lộc", "Nguyên Bí thư Đảng ủy Khối", "Đảng bộ Khối"));
        meetingGuests.add(new Guest(FORMER, "Sầm Thị Nguyệt", "Nguyên Phó Bí thư Đảng ủy Khối", "Đảng bộ Khối"));
        meetingGuests.add(new Guest(FORMER, "Vàng A Páo", "Nguyên Ủy viên Ban Thường vụ Đảng ủy Khối",
                "Đảng bộ Khối"));
        PlannedEvent meeting = new PlannedEvent("MEETING", null, List.copyOf(meetingGuests), List.of());
        List<PlannedTeam> teams = List.of(
                new PlannedTeam(List.of(DemoDataGenerator.OFFICE_KEY), 4, 4),
                new PlannedTeam(List.of("org-002"), 3, 4), // Sở Tài chính
                new PlannedTeam(List.of("org-007"), 4, 3), // Sở Y tế
                new PlannedTeam(List.of("org-014"), 3, 5), // Cục Thuế
                new PlannedTeam(List.of("org-017"), 2, 6), // Công ty Điện lực
                new PlannedTeam(List.of(grassrootsKey("Chi bộ Báo Lào Cai")), 3, 3),
                // two small grassroots cells short of players: a joint team (at most 3 cells)
                new PlannedTeam(List.of(grassrootsKey("Chi bộ Liên minh Hợp tác xã tỉnh"),
                        grassrootsKey("Chi bộ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh")), 3, 3));
        return new DemoEventsPlan(List.of(seminar, meeting), teams);
    }

    private static List<String> officeCells() {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            cells.add(DemoDataGenerator.OFFICE_KEY + "-cb" + i);
        }
        return cells;
    }

    /** The demo key ("org-NNN") of a grassroots organisation of the demo tree, by name. */
    static String grassrootsKey(String name) {
        for (int i = 0; i < DemoTree.GRASSROOTS.size(); i++) {
            if (DemoTree.GRASSROOTS.get(i).name().equals(name)) {
                return String.format("org-%03d", i + 1);
            }
        }
        throw new IllegalArgumentException("no grassroots organisation named " + name + " in the demo tree");
    }

    /** Lower case without diacritics, to match a group's label by a fragment. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** The body of {@code POST /movements/{id}/events}. */
    public static Map<String, Object> eventRequest(PlannedEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", event.kind());
        if (event.date() != null) {
            body.put("date", event.date().toString());
        }
        return body;
    }

    /** The body of {@code POST .../events/{eventId}/guests}. */
    public static Map<String, Object> guestRequest(Guest guest, String groupCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("groupCode", groupCode);
        body.put("fullName", guest.fullName());
        body.put("title", guest.title());
        body.put("organisationName", guest.organisationName());
        return body;
    }
}
