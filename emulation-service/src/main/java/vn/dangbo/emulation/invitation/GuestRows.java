package vn.dangbo.emulation.invitation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.emulation.invitation.InvitationRecords.FieldError;
import vn.dangbo.emulation.invitation.InviteeSettings.Group;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The rows of a guest list as the office keeps it (pure): columns nhóm, họ tên, chức vụ, đơn vị (or their English
 * names, any accents, any order); a row is a guest or the reasons it is not, each naming its field.
 */
public final class GuestRows {

    static final int MAX_NAME = 200;
    static final int MAX_TITLE = 300;
    static final int MAX_ORGANISATION = 500;

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("nhom", "group"), Map.entry("nhom thanh phan", "group"), Map.entry("group", "group"),
            Map.entry("groupcode", "group"),
            Map.entry("ho ten", "fullName"), Map.entry("ho va ten", "fullName"), Map.entry("fullname", "fullName"),
            Map.entry("name", "fullName"),
            Map.entry("chuc vu", "title"), Map.entry("title", "title"),
            Map.entry("don vi", "organisationName"), Map.entry("co quan", "organisationName"),
            Map.entry("co quan, don vi", "organisationName"), Map.entry("organisation", "organisationName"),
            Map.entry("organisationname", "organisationName"));

    private GuestRows() {
    }

    /** Where each field is in the rows; a missing required column is the file's problem, not a row's. */
    public record Header(Map<String, Integer> columns, List<String> missing) {
    }

    public record Guest(String groupCode, String fullName, String title, String organisationName) {
    }

    public record Parsed(Guest guest, List<FieldError> errors) {
    }

    public static Header header(List<String> cells) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String field = COLUMNS.get(VietnameseText.fold(cells.get(i)));
            if (field != null) {
                columns.putIfAbsent(field, i);
            }
        }
        List<String> missing = new ArrayList<>();
        if (!columns.containsKey("group")) {
            missing.add("nhóm");
        }
        if (!columns.containsKey("fullName")) {
            missing.add("họ tên");
        }
        return new Header(columns, missing);
    }

    /** @param groups the event's groups the office enters people into (source EXTERNAL) */
    public static Parsed parse(Header header, List<String> cells, List<Group> groups) {
        List<FieldError> errors = new ArrayList<>();
        String group = cell(header, cells, "group");
        String fullName = cell(header, cells, "fullName");
        String title = cell(header, cells, "title");
        String organisation = cell(header, cells, "organisationName");
        Optional<Group> found = group == null ? Optional.empty() : find(group, groups);
        if (group == null) {
            errors.add(new FieldError("group", "thiếu nhóm thành phần"));
        } else if (found.isEmpty()) {
            errors.add(new FieldError("group", "không có nhóm khách mời “" + group + "”; các nhóm: "
                    + String.join("; ", groups.stream().map(g -> g.code() + " (" + g.label() + ")").toList())));
        }
        if (fullName == null) {
            errors.add(new FieldError("fullName", "thiếu họ tên"));
        } else if (fullName.length() > MAX_NAME) {
            errors.add(new FieldError("fullName", "họ tên dài quá " + MAX_NAME + " ký tự"));
        }
        if (title != null && title.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "chức vụ dài quá " + MAX_TITLE + " ký tự"));
        }
        if (organisation != null && organisation.length() > MAX_ORGANISATION) {
            errors.add(new FieldError("organisationName", "đơn vị dài quá " + MAX_ORGANISATION + " ký tự"));
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        return new Parsed(new Guest(found.get().code(), fullName, title, organisation), List.of());
    }

    /** A group by its code or its label, whatever the accents or case typed. */
    static Optional<Group> find(String typed, List<Group> groups) {
        String folded = VietnameseText.fold(typed);
        return groups.stream().filter(g -> g.code().equalsIgnoreCase(typed.strip())
                || VietnameseText.fold(g.label()).equals(folded)).findFirst();
    }

    public static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static String cell(Header header, List<String> cells, String field) {
        Integer i = header.columns().get(field);
        if (i == null || i >= cells.size()) {
            return null;
        }
        String value = VietnameseText.nfcStripped(cells.get(i));
        return value == null || value.isEmpty() ? null : value;
    }
}
