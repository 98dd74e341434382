package vn.dangbo.congress.ruleset;

import java.util.Optional;

/** As the registry publishes it ({@code MALE}, {@code FEMALE}): the retirement age differs. */
public enum Sex {
    MALE,
    FEMALE;

    public static Optional<Sex> parse(String value) {
        for (Sex sex : values()) {
            if (sex.name().equals(value)) {
                return Optional.of(sex);
            }
        }
        return Optional.empty();
    }
}
