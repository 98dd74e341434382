package vn.dangbo.emulation.movement;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê … o ô ơ … u ư v x y, then the tones), as lists of
 * organisations are read in party documents. Plain code-point order would put every "Đảng bộ …" after
 * "Z" and "Ủy ban …" after "V".
 */
public final class VietnameseOrder {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private VietnameseOrder() {
    }

    /**
     * @throws IllegalStateException when the runtime lacks Vietnamese collation data (module
     *                               {@code jdk.localedata}), rather than silently sorting by code point
     */
    public static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        collator.setStrength(Collator.TERTIARY);
        if (!(collator.compare("D", "Đ") < 0 && collator.compare("Đ", "E") < 0)) {
            throw new IllegalStateException("This Java runtime has no Vietnamese collation (module jdk.localedata)");
        }
        return collator;
    }

    /** Orders by the Vietnamese name, then by {@code tieBreak} so equal names keep a stable order. */
    public static <T, K extends Comparable<? super K>> Comparator<T> byName(Function<T, String> name,
            Function<T, K> tieBreak) {
        Collator collator = collator();
        Comparator<T> byName = (a, b) -> collator.compare(name.apply(a), name.apply(b));
        return byName.thenComparing(tieBreak);
    }
}
