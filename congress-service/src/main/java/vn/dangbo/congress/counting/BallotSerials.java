package vn.dangbo.congress.counting;

import java.util.Optional;

/**
 * The serials printed on an election's ballots: the prefix and a number, from the first serial on, one per voter and
 * spare (docs-service prints exactly these). A teller's entry under another serial is a slip of the keyboard or a
 * ballot that was never handed out, so it is refused rather than counted. Plain Java.
 */
public final class BallotSerials {

    private BallotSerials() {
    }

    /**
     * @param prefix  the printed prefix, or null when the election's list was not approved through the list's
     *                approval (no ballots printed by the service): then any serial is accepted
     * @param printed how many ballots were printed (voters + spares)
     * @return why {@code serial} is not one of the printed ballots, in Vietnamese, or empty
     */
    public static Optional<String> refusal(String prefix, Integer first, int printed, String serial) {
        if (prefix == null || first == null) {
            return Optional.empty();
        }
        String range = prefix + first + " đến " + prefix + (first + printed - 1);
        String refused = "Mã phiếu " + serial + " không có trong các phiếu đã in (" + range + ")";
        if (printed <= 0 || !serial.startsWith(prefix)) {
            return Optional.of(refused);
        }
        String number = serial.substring(prefix.length());
        if (number.isEmpty() || number.length() > 9 || !number.chars().allMatch(Character::isDigit)
                || (number.length() > 1 && number.charAt(0) == '0')) {
            return Optional.of(refused);
        }
        int n = Integer.parseInt(number);
        return n >= first && n < first + printed ? Optional.empty() : Optional.of(refused);
    }
}
