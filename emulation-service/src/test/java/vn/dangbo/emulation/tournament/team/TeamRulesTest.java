package vn.dangbo.emulation.tournament.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.tournament.TournamentRules.Roster;
import vn.dangbo.emulation.tournament.team.TeamRules.Candidate;
import vn.dangbo.emulation.tournament.team.TeamRules.Problem;
import vn.dangbo.emulation.tournament.team.TeamRules.Refusal;
import vn.dangbo.emulation.tournament.team.TeamRules.Sex;
import vn.dangbo.emulation.tournament.team.TeamRules.Side;
import vn.dangbo.emulation.tournament.team.TeamRules.Standing;
import vn.dangbo.kit.organisation.OrganisationType;

/** §II.5's team rules, with the plan's numbers (3 cells, rosters of 6 to 10 with 2 women and 2 men). */
class TeamRulesTest {

    private static final Roster ROSTER = new Roster(6, 10, 2, 2);

    static Side cell(String name) {
        return new Side(UUID.randomUUID(), name, OrganisationType.GRASSROOTS_CELL, null);
    }

    static Candidate player(int index, String name, Sex sex) {
        return new Candidate(index, name, sex, "MEMBER:" + UUID.randomUUID(), Standing.MEMBER, null, null);
    }

    /** women first, then men */
    static List<Candidate> roster(int women, int men) {
        List<Candidate> players = new ArrayList<>();
        for (int i = 0; i < women; i++) {
            players.add(player(players.size(), "Nữ " + i, Sex.FEMALE));
        }
        for (int i = 0; i < men; i++) {
            players.add(player(players.size(), "Nam " + i, Sex.MALE));
        }
        return players;
    }

    @Test
    void oneOrganisationOrUpToThreeCells() {
        assertEquals(Optional.empty(), TeamRules.organisationsProblem(List.of(new Side(UUID.randomUUID(),
                "Đảng bộ Công ty Điện lực", OrganisationType.GRASSROOTS_COMMITTEE, null)), 3));
        assertEquals(Optional.empty(), TeamRules.organisationsProblem(List.of(cell("A"), cell("B"), cell("C")), 3));
        Problem four = TeamRules.organisationsProblem(List.of(cell("Chi bộ A"), cell("Chi bộ B"), cell("Chi bộ C"),
                cell("Chi bộ D")), 3).orElseThrow();
        assertEquals(new Problem(Refusal.RULE, "organisationIds", "Đội liên kết không quá 3 chi bộ; đội đăng ký 4 "
                + "chi bộ: Chi bộ A, Chi bộ B, Chi bộ C, Chi bộ D"), four);
    }

    @Test
    void aJointTeamIsOfGrassrootsCellsOnly() {
        Side committee = new Side(UUID.randomUUID(), "Đảng bộ Công ty Điện lực", OrganisationType.GRASSROOTS_COMMITTEE,
                null);
        Problem problem = TeamRules.organisationsProblem(List.of(cell("Chi bộ A"), committee), 3).orElseThrow();
        assertEquals(Refusal.RULE, problem.refusal());
        assertEquals("Chỉ các chi bộ cơ sở không đủ vận động viên được liên kết thành một đội; Đảng bộ Công ty Điện "
                + "lực là Đảng bộ cơ sở, phải đăng ký đội riêng", problem.message());
    }

    @Test
    void anOrganisationHeldByATeamIsAConflictNamingIt() {
        Side held = new Side(UUID.randomUUID(), "Chi bộ Sở Tư pháp", OrganisationType.GRASSROOTS_CELL,
                "Chi bộ Sở Tư pháp");
        assertEquals(new Problem(Refusal.CONFLICT, "organisationIds", "Mỗi chi, đảng bộ cơ sở chỉ có 01 đội: Chi bộ "
                + "Sở Tư pháp đã có đội \"Chi bộ Sở Tư pháp\""), TeamRules.organisationsProblem(List.of(held), 3)
                        .orElseThrow());
        assertEquals(Refusal.CONFLICT, TeamRules.organisationsProblem(List.of(cell("Chi bộ B"), held), 3)
                .orElseThrow().refusal());
        assertEquals(Refusal.INVALID, TeamRules.organisationsProblem(List.of(held, held), 3).orElseThrow()
                .refusal());
    }

    @Test
    void aRosterOfMenOnlyOrWomenOnlyIsRefused() {
        assertEquals(Optional.empty(), TeamRules.rosterProblem(roster(2, 4), ROSTER));
        assertEquals(new Problem(Refusal.RULE, "players", "Đội thi đấu nam, nữ phối hợp: phải có ít nhất 2 nữ và 2 "
                + "nam; đội có 0 nữ, 6 nam"), TeamRules.rosterProblem(roster(0, 6), ROSTER).orElseThrow());
        assertEquals(Refusal.RULE, TeamRules.rosterProblem(roster(6, 0), ROSTER).orElseThrow().refusal());
        assertEquals(Refusal.RULE, TeamRules.rosterProblem(roster(1, 5), ROSTER).orElseThrow().refusal());
    }

    @Test
    void theRosterSizeIsWithinTheRules() {
        assertEquals(new Problem(Refusal.RULE, "players", "Mỗi đội đăng ký từ 6 đến 10 vận động viên; đội đăng ký 5"),
                TeamRules.rosterProblem(roster(2, 3), ROSTER).orElseThrow());
        assertEquals("Mỗi đội đăng ký từ 6 đến 10 vận động viên; đội đăng ký 11",
                TeamRules.rosterProblem(roster(5, 6), ROSTER).orElseThrow().message());
        assertEquals(Optional.empty(), TeamRules.rosterProblem(roster(5, 5), ROSTER));
    }

    @Test
    void aPlayerOfAnotherTeamIsAConflictNamingTheTeam() {
        List<Candidate> players = new ArrayList<>(roster(2, 4));
        Candidate taken = players.get(3);
        players.set(3, new Candidate(3, "Lê Văn Cường", Sex.MALE, taken.personKey(), Standing.MEMBER, null,
                "Chi bộ Sở Xây dựng"));
        assertEquals(new Problem(Refusal.CONFLICT, "players[3]", "Lê Văn Cường đã đăng ký thi đấu cho đội \"Chi bộ "
                + "Sở Xây dựng\"; mỗi vận động viên chỉ thi đấu cho một đội"),
                TeamRules.playersProblem(players, ROSTER).orElseThrow());
    }

    @Test
    void aPlayerTwiceInTheRosterIsRefused() {
        List<Candidate> players = new ArrayList<>(roster(2, 4));
        Candidate first = players.get(2);
        players.add(new Candidate(6, first.fullName(), first.sex(), first.personKey(), Standing.MEMBER, null, null));
        Problem twice = TeamRules.rosterProblem(players, ROSTER).orElseThrow();
        assertEquals(Refusal.INVALID, twice.refusal());
        assertEquals("players[6]", twice.field());
    }

    @Test
    void playersAreMembersOfTheTeamsOrganisationsOrAttestedCadres() {
        Candidate other = new Candidate(1, "Trần Văn Bình", Sex.MALE, "MEMBER:x", Standing.OTHER_ORGANISATION,
                "Chi bộ Sở Y tế", null);
        assertEquals(new Problem(Refusal.RULE, "players[1].memberId", "Đồng chí Trần Văn Bình sinh hoạt tại Chi bộ "
                + "Sở Y tế, không thuộc tổ chức đảng của đội; vận động viên phải là cán bộ, đảng viên của đơn vị"),
                TeamRules.playerProblem(other).orElseThrow());
        Candidate left = new Candidate(2, "Phạm Thị Dung", Sex.FEMALE, "MEMBER:y", Standing.LEFT, null, null);
        assertTrue(TeamRules.playerProblem(left).orElseThrow().message().contains("không còn trong danh sách đảng "
                + "viên"));
        Candidate cadre = new Candidate(3, "Hoàng Văn Em", Sex.MALE, "CADRE:z", Standing.CADRE_WITHOUT_ATTESTATION,
                null, null);
        assertEquals("players[3].attestation", TeamRules.playerProblem(cadre).orElseThrow().field());
        assertEquals(Optional.empty(), TeamRules.playerProblem(new Candidate(3, "Hoàng Văn Em", Sex.MALE, "CADRE:z",
                Standing.ATTESTED_CADRE, null, null)));
        // the first player's problem is answered before the roster's
        List<Candidate> players = new ArrayList<>(roster(0, 6));
        players.set(1, other);
        assertEquals("players[1].memberId", TeamRules.playersProblem(players, ROSTER).orElseThrow().field());
    }

    @Test
    void aJointTeamIsNamedAfterItsCells() {
        assertEquals("Liên quân Chi bộ A - Chi bộ B", TeamRules.defaultName(List.of(cell("Chi bộ A"),
                cell("Chi bộ B"))));
        assertEquals("Chi bộ A", TeamRules.defaultName(List.of(cell("Chi bộ A"))));
    }
}
