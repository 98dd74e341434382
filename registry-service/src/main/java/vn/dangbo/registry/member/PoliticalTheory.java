package vn.dangbo.registry.member;

import java.util.Optional;
import vn.dangbo.kit.text.VietnameseText;

/** Trình độ lý luận chính trị, as the member handbook records it. */
public enum PoliticalTheory {
    SO_CAP("Sơ cấp"),
    TRUNG_CAP("Trung cấp"),
    CAO_CAP("Cao cấp"),
    CU_NHAN("Cử nhân");

    private final String label;

    PoliticalTheory(String label) {
        this.label = label;
    }

    /** The Vietnamese word, e.g. "Trung cấp". */
    public String label() {
        return label;
    }

    /**
     * The code ({@code TRUNG_CAP}) or the Vietnamese word ("Trung cấp"), in any case and with or without
     * diacritics ("trung cap"), as a file typed by hand has it.
     */
    public static Optional<PoliticalTheory> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(text.replace('_', ' '));
        for (PoliticalTheory level : values()) {
            if (folded.equals(VietnameseText.fold(level.label)) || folded.equals(VietnameseText.fold(level.name().replace('_', ' ')))) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The accepted values, for error messages. */
    public static String accepted() {
        StringBuilder words = new StringBuilder();
        for (PoliticalTheory level : values()) {
            words.append(words.length() == 0 ? "" : ", ").append(level.label).append(" (").append(level.name()).append(')');
        }
        return words.toString();
    }
}
