package vn.dangbo.registry.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.Problem.FieldError;

/**
 * The columns of an organisation file (import and export share them) and the reading of one row. The
 * {@code id} column is the row's identity: an exported file carries the registry's ids, a new organisation
 * gets the id the office gives it (a UUID), so importing the same file again finds the same organisations.
 */
public final class OrganisationCsv {

    public static final List<String> COLUMNS = List.of("id", "parentId", "type", "name", "shortCode", "term");
    static final List<String> REQUIRED = List.of("id", "parentId", "type", "name");

    /** A type by any of its names, folded: a file may use the Vietnamese names or the enum names. */
    private static final Map<String, OrganisationType> TYPES = new HashMap<>();

    static {
        for (OrganisationType type : OrganisationType.values()) {
            TYPES.put(VietnameseText.fold(type.name()), type);
            type.vietnameseNames().forEach(name -> TYPES.put(VietnameseText.fold(name), type));
        }
    }

    private OrganisationCsv() {
    }

    /** A header mapped to column positions; unknown or missing required columns are errors. */
    public record Header(Map<String, Integer> positions, List<FieldError> errors) {

        public boolean has(String column) {
            return positions.containsKey(column);
        }
    }

    public static Header header(List<String> names) {
        Map<String, Integer> positions = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (name.isEmpty()) {
                continue; // an empty column a spreadsheet kept
            }
            if (!COLUMNS.contains(name)) {
                errors.add(new FieldError(name, "cột không được hỗ trợ (các cột: " + String.join(", ", COLUMNS) + ")"));
            } else if (positions.putIfAbsent(name, i) != null) {
                errors.add(new FieldError(name, "cột xuất hiện hai lần"));
            }
        }
        for (String required : REQUIRED) {
            if (!positions.containsKey(required)) {
                errors.add(new FieldError(required, "thiếu cột bắt buộc"));
            }
        }
        return new Header(positions, errors);
    }

    /**
     * One row read: the values that could be read (null when empty or unreadable) and the errors, named by
     * column. {@code shortCode} is "" when the column is present but the cell empty (the short code is removed).
     */
    public record Parsed(UUID id, UUID parentId, OrganisationType type, String name, String shortCode, String term,
            List<FieldError> errors) {
    }

    public static Parsed parse(Header header, List<String> row) {
        Map<String, String> v = new HashMap<>();
        header.positions().forEach((column, i) -> {
            String value = i < row.size() ? VietnameseText.nfcStripped(row.get(i)) : "";
            v.put(column, value.isEmpty() ? null : value);
        });
        List<FieldError> errors = new ArrayList<>();
        UUID id = null;
        if (v.get("id") == null) {
            errors.add(new FieldError("id", "thiếu mã tổ chức (UUID); mỗi dòng cần một mã để lần nhập sau nhận ra"
                    + " tổ chức đó (lấy từ tệp xuất, hoặc tự tạo một UUID cho tổ chức mới)"));
        } else {
            id = uuid(v.get("id"), "id", errors);
        }
        UUID parentId = v.get("parentId") == null ? null : uuid(v.get("parentId"), "parentId", errors);
        OrganisationType type = null;
        if (v.get("type") == null) {
            errors.add(new FieldError("type", "thiếu loại tổ chức"));
        } else {
            type = type(v.get("type")).orElse(null);
            if (type == null) {
                List<OrganisationType> types = Arrays.asList(OrganisationType.values());
                errors.add(new FieldError("type", "loại tổ chức không hợp lệ (" + v.get("type") + "); dùng một trong: "
                        + String.join(", ", types.stream().map(OrganisationType::label).toList())
                        + " (hoặc " + String.join(", ", types.stream().map(Enum::name).toList()) + ")"));
            }
        }
        String name = v.get("name");
        if (name == null) {
            errors.add(new FieldError("name", "thiếu tên tổ chức"));
        } else if (name.length() > 300) {
            errors.add(new FieldError("name", "tên tổ chức dài quá 300 ký tự"));
        }
        String shortCode = header.has("shortCode") ? (v.get("shortCode") == null ? "" : v.get("shortCode")) : null;
        if (shortCode != null && shortCode.length() > 40) {
            errors.add(new FieldError("shortCode", "ký hiệu dài quá 40 ký tự"));
        }
        String term = v.get("term");
        if (term != null && !term.matches("\\d{4}-\\d{4}")) {
            errors.add(new FieldError("term", "nhiệm kỳ phải có dạng 2020-2025"));
        }
        return new Parsed(id, parentId, type, name, shortCode, term, errors);
    }

    /** A type by its enum name or its Vietnamese name, in any case, with or without diacritics. */
    public static Optional<OrganisationType> type(String text) {
        return Optional.ofNullable(TYPES.get(VietnameseText.fold(text)));
    }

    private static UUID uuid(String text, String column, List<FieldError> errors) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(column, "không phải mã tổ chức (UUID): " + text));
            return null;
        }
    }
}
