package vn.dangbo.emulation.plan;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a settings section into its record the way the movement reads it (the strict mapper), turning what does not
 * read into the "field: message" problems a {@code SettingsSection} answers: the one way every section is read, so
 * an unknown or mistyped field is named alike in every section (its path, e.g. {@code blocks[0].owner}).
 */
public final class SectionReading {

    private SectionReading() {
    }

    /** @return the section read, or null with the reason added to {@code problems} */
    public static <T> T read(ObjectMapper json, JsonNode section, Class<T> type, List<String> problems) {
        try {
            return json.treeToValue(section, type);
        } catch (UnrecognizedPropertyException e) {
            problems.add(path(e, e.getPropertyName()) + ": không có mục cài đặt này");
        } catch (JsonMappingException e) {
            problems.add(path(e, "section") + ": giá trị không đúng kiểu dữ liệu");
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add("section: không đọc được");
        }
        return null;
    }

    /** The field's path in the section: {@code blocks[0].owner}. */
    private static String path(JsonMappingException e, String otherwise) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return field.isEmpty() ? otherwise : field;
    }

    /** Checks a code/label list: not empty, every code and label given, no code twice. */
    public static void checkCodes(String field, List<CodeLabel> entries, List<String> problems) {
        if (entries == null || entries.isEmpty()) {
            problems.add(field + ": phải có ít nhất một mục");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            CodeLabel entry = entries.get(i);
            if (entry == null || blank(entry.code()) || blank(entry.label())) {
                problems.add(field + "[" + i + "]: phải có mã (code) và tên (label)");
            } else if (!seen.add(entry.code())) {
                problems.add(field + "[" + i + "].code: mã " + entry.code() + " bị trùng");
            }
        }
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
