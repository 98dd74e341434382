package vn.dangbo.congress.agenda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A congress' programme (Chương trình, CTr) and the {@code data} docs-service's {@code programme} document type
 * renders: summary, items (time, content, by), blocks, signature and recipients. The map's shape is docs-service's
 * contract (its template and sample), not a shared type.
 */
public record Programme(String summary, List<Slot> slots, Signature signature, List<String> recipients) {

    public Programme {
        Objects.requireNonNull(summary, "summary");
        slots = List.copyOf(slots);
        recipients = List.copyOf(recipients);
    }

    /** One row of the programme; an empty time is a row the plan has not timed yet. */
    public record Slot(String time, String content, String by) {
    }

    public record Signature(String authority, String position, String name) {
    }

    /** The congress' agenda as the programme's rows, each led by {@code by} (e.g. the presidium). */
    public static Programme ofAgenda(String summary, List<AgendaItem> agenda, String by, Signature signature,
            List<String> recipients) {
        List<Slot> slots = agenda.stream().map(i -> new Slot("", i.text(), by)).toList();
        return new Programme(summary, slots, signature, recipients);
    }

    /** The {@code data} of a docs-service programme document. */
    public Map<String, Object> toData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", summary);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Slot slot : slots) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("time", slot.time() == null ? "" : slot.time());
            item.put("content", slot.content());
            item.put("by", slot.by() == null ? "" : slot.by());
            items.add(item);
        }
        data.put("items", items);
        data.put("blocks", List.of());
        if (signature != null) {
            Map<String, Object> sign = new LinkedHashMap<>();
            sign.put("authority", signature.authority() == null ? "" : signature.authority());
            sign.put("position", signature.position());
            sign.put("name", signature.name());
            data.put("signature", sign);
        }
        data.put("recipients", recipients);
        return data;
    }
}
