package vn.dangbo.emulation.tournament.team;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.dangbo.emulation.tournament.TournamentRules;
import vn.dangbo.kit.organisation.OrganisationType;

/**
 * The rules of a team (§II.5): "mỗi chi, đảng bộ cơ sở 01 đội"; cells short of players may join, "không quá 3 chi
 * bộ"; players are the cadres and members of the team's organisations, each in one team; the roster "nam, nữ phối
 * hợp" within the tournament's roster rules. Plain functions, given what the service read (the organisations, the
 * players as the registry knows them, what other teams hold).
 */
public final class TeamRules {

    public enum Sex {
        MALE,
        FEMALE
    }

    /** How a refusal is answered: 400 (the request itself), 422 (a rule), 409 (held by another team). */
    public enum Refusal {
        INVALID,
        RULE,
        CONFLICT
    }

    public record Problem(Refusal refusal, String field, String message) {
    }

    /**
     * An organisation named for the team.
     *
     * @param heldBy the name of the registered team that holds it already, or null
     */
    public record Side(UUID id, String name, OrganisationType type, String heldBy) {
    }

    /** Where a named player stands with the team's organisations. */
    public enum Standing {
        /** An active member of one of the team's organisations (or of a cell under it). */
        MEMBER,
        /** A member who left the party's list: refused. */
        LEFT,
        /** A member of an organisation outside the team's. */
        OTHER_ORGANISATION,
        /** A cadre (not a member) of one of the team's organisations, attested by the office. */
        ATTESTED_CADRE,
        /** A cadre without the office's attestation. */
        CADRE_WITHOUT_ATTESTATION
    }

    /**
     * A player of the roster as the service resolved them.
     *
     * @param index        the player's place in the request (players[index])
     * @param personKey    one key per person: MEMBER:&lt;id&gt; or CADRE:&lt;organisation&gt;:&lt;folded name&gt;
     * @param organisation where a member of another organisation belongs (for the message), else null
     * @param heldBy       the name of another registered team whose roster has them, or null
     */
    public record Candidate(int index, String fullName, Sex sex, String personKey, Standing standing,
            String organisation, String heldBy) {
    }

    private TeamRules() {
    }

    /** The team's organisations: one grassroots organisation, or up to {@code maxCells} grassroots cells. */
    public static Optional<Problem> organisationsProblem(List<Side> sides, int maxCells) {
        if (sides.isEmpty()) {
            return Optional.of(new Problem(Refusal.INVALID, "organisationIds", "phải có ít nhất một tổ chức đảng"));
        }
        if (sides.stream().map(Side::id).distinct().count() < sides.size()) {
            return Optional.of(new Problem(Refusal.INVALID, "organisationIds", "một tổ chức đảng được nêu hai lần"));
        }
        if (sides.size() > 1) {
            for (Side side : sides) {
                if (side.type() != OrganisationType.GRASSROOTS_CELL) {
                    return Optional.of(new Problem(Refusal.RULE, "organisationIds", "Chỉ các chi bộ cơ sở không đủ "
                            + "vận động viên được liên kết thành một đội; " + side.name() + " là "
                            + (side.type() == null ? "tổ chức đảng khác" : side.type().fullName())
                            + ", phải đăng ký đội riêng"));
                }
            }
            if (sides.size() > maxCells) {
                return Optional.of(new Problem(Refusal.RULE, "organisationIds", "Đội liên kết không quá " + maxCells
                        + " chi bộ; đội đăng ký " + sides.size() + " chi bộ: "
                        + sides.stream().map(Side::name).collect(Collectors.joining(", "))));
            }
        }
        for (Side side : sides) {
            if (side.heldBy() != null) {
                return Optional.of(new Problem(Refusal.CONFLICT, "organisationIds", "Mỗi chi, đảng bộ cơ sở chỉ có "
                        + "01 đội: " + side.name() + " đã có đội \"" + side.heldBy() + "\""));
            }
        }
        return Optional.empty();
    }

    /** Each player on their own: a member of the team's organisations, or a cadre the office attested. */
    public static Optional<Problem> playerProblem(Candidate c) {
        String field = "players[" + c.index() + "]";
        return switch (c.standing()) {
            case MEMBER, ATTESTED_CADRE -> Optional.empty();
            case LEFT -> Optional.of(new Problem(Refusal.RULE, field + ".memberId", "Đồng chí " + c.fullName()
                    + " không còn trong danh sách đảng viên, không được đăng ký thi đấu"));
            case OTHER_ORGANISATION -> Optional.of(new Problem(Refusal.RULE, field + ".memberId", "Đồng chí "
                    + c.fullName() + " sinh hoạt tại " + c.organisation() + ", không thuộc tổ chức đảng của đội; "
                    + "vận động viên phải là cán bộ, đảng viên của đơn vị"));
            case CADRE_WITHOUT_ATTESTATION -> Optional.of(new Problem(Refusal.RULE, field + ".attestation",
                    c.fullName() + " không phải đảng viên của tổ chức đảng của đội: cán bộ của đơn vị cần được Văn "
                            + "phòng xác nhận"));
        };
    }

    /** The roster as a whole: no one twice, its size and its mix of women and men, no one of another team. */
    public static Optional<Problem> rosterProblem(List<Candidate> players, TournamentRules.Roster roster) {
        Map<String, Candidate> seen = new HashMap<>();
        for (Candidate c : players) {
            if (seen.putIfAbsent(c.personKey(), c) != null) {
                return Optional.of(new Problem(Refusal.INVALID, "players[" + c.index() + "]", c.fullName()
                        + " có tên hai lần trong danh sách vận động viên"));
            }
        }
        int size = players.size();
        if (size < roster.minPlayers() || size > roster.maxPlayers()) {
            return Optional.of(new Problem(Refusal.RULE, "players", "Mỗi đội đăng ký từ " + roster.minPlayers()
                    + " đến " + roster.maxPlayers() + " vận động viên; đội đăng ký " + size));
        }
        long women = women(players);
        long men = size - women;
        if (women < roster.minWomen() || men < roster.minMen()) {
            return Optional.of(new Problem(Refusal.RULE, "players", "Đội thi đấu nam, nữ phối hợp: phải có ít nhất "
                    + roster.minWomen() + " nữ và " + roster.minMen() + " nam; đội có " + women + " nữ, " + men
                    + " nam"));
        }
        for (Candidate c : players) {
            if (c.heldBy() != null) {
                return Optional.of(new Problem(Refusal.CONFLICT, "players[" + c.index() + "]", c.fullName()
                        + " đã đăng ký thi đấu cho đội \"" + c.heldBy() + "\"; mỗi vận động viên chỉ thi đấu cho "
                        + "một đội"));
            }
        }
        return Optional.empty();
    }

    /** Every problem of the roster's players, then of the roster: the first one found, in the request's order. */
    public static Optional<Problem> playersProblem(List<Candidate> players, TournamentRules.Roster roster) {
        List<Problem> problems = new ArrayList<>();
        players.forEach(c -> playerProblem(c).ifPresent(problems::add));
        return problems.isEmpty() ? rosterProblem(players, roster) : Optional.of(problems.get(0));
    }

    public static long women(List<Candidate> players) {
        return players.stream().filter(c -> c.sex() == Sex.FEMALE).count();
    }

    /** The default name: the organisation's, or "Liên quân A - B - C" for a joint team. */
    public static String defaultName(List<Side> sides) {
        if (sides.size() == 1) {
            return sides.get(0).name();
        }
        return "Liên quân " + sides.stream().map(Side::name).collect(Collectors.joining(" - "));
    }
}
