package vn.dangbo.emulation.gathering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The meeting's programme (§III.3, §III.8, §II.6): the plan's fixed parts in their order, where the award ceremony
 * lists the recipients in the register's order, the arts part lists the arts items (at most the plan's number: 5)
 * and the letter part names the provincial secretary's letter and its reader.
 */
public final class ProgrammeRules {

    /** The kinds of a programme's part; ARTS, LETTER and AWARDS are filled in from the office's entries. */
    public static final List<String> KINDS = List.of("OPENING", "ARTS", "SPEECH", "LETTER", "AWARDS", "CLOSING",
            "OTHER");
    /** Parts the programme holds exactly once: the three. */
    public static final List<String> ONCE = List.of("ARTS", "LETTER", "AWARDS");

    private ProgrammeRules() {
    }

    public record Part(String kind, String title) {
    }

    public record ArtsEntry(String title, String performer) {
    }

    public record Item(int order, String kind, String title, String performer, List<String> lines) {
    }

    /** @return why one more arts item is refused: {@code existing} already at {@code max} */
    public static Optional<String> artsItemRefusal(int existing, int max) {
        return existing >= max
                ? Optional.of("Chương trình văn nghệ chỉ có tối đa " + max + " tiết mục theo kế hoạch (đã có "
                        + existing + " tiết mục)")
                : Optional.empty();
    }

    /**
     * @param recipients       the award ceremony's lines, in the register's order
     * @param defaultPerformer who performs an arts item without a performer of its own
     * @param letterTitle      the letter's title; {@code letterReader} who reads it, or null
     */
    public static List<Item> items(List<Part> parts, List<ArtsEntry> arts, String defaultPerformer,
            String letterTitle, String letterReader, List<String> recipients) {
        List<Item> items = new ArrayList<>();
        for (Part part : parts) {
            int order = items.size() + 1;
            items.add(switch (part.kind()) {
                case "ARTS" -> new Item(order, part.kind(), part.title(), defaultPerformer, arts.stream()
                        .map(a -> a.performer() == null || a.performer().equals(defaultPerformer) ? a.title()
                                : a.title() + " - " + a.performer())
                        .toList());
                case "LETTER" -> new Item(order, part.kind(), part.title(), letterReader, List.of(letterTitle));
                case "AWARDS" -> new Item(order, part.kind(), part.title(), null, List.copyOf(recipients));
                default -> new Item(order, part.kind(), part.title(), null, List.of());
            });
        }
        return items;
    }

    /** A recipient as the ceremony reads it: a member with their organisation, a collective by its name. */
    public static String recipientLine(String name, boolean member, String organisationName) {
        return member && organisationName != null && !organisationName.isBlank() ? name + " - " + organisationName
                : name;
    }

    /** What is missing before the programme is printed: arts items below the plan's number, no award recipient. */
    public static List<String> warnings(int artsItems, int max, int recipients) {
        List<String> warnings = new ArrayList<>();
        if (artsItems < max) {
            warnings.add("Chương trình văn nghệ mới có " + artsItems + " trên " + max + " tiết mục theo kế hoạch");
        }
        if (recipients == 0) {
            warnings.add("Chưa có tập thể, cá nhân nào được khen thưởng để trao tại buổi gặp mặt");
        }
        return warnings;
    }

    /** @return what is wrong with the parts: unknown kinds, no title, ARTS/LETTER/AWARDS not exactly once */
    public static List<String> partProblems(List<Part> parts) {
        List<String> problems = new ArrayList<>();
        if (parts == null || parts.isEmpty()) {
            problems.add("programme.parts: phải có các phần của chương trình");
            return problems;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (part == null || part.kind() == null || !KINDS.contains(part.kind())) {
                problems.add("programme.parts[" + i + "].kind: phải là một trong " + String.join(", ", KINDS));
                continue;
            }
            if (part.title() == null || part.title().isBlank()) {
                problems.add("programme.parts[" + i + "].title: không được để trống");
            }
            counts.merge(part.kind(), 1, Integer::sum);
        }
        for (String kind : ONCE) {
            int n = counts.getOrDefault(kind, 0);
            if (n != 1) {
                problems.add("programme.parts: phần " + kind + " phải có đúng một lần (có " + n + ")");
            }
        }
        return problems;
    }
}
