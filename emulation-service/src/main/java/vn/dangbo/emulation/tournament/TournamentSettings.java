package vn.dangbo.emulation.tournament;

/**
 * The movement's settings section {@code tournament} (§II.5): the tournament's name and venue, how many cells short of
 * players may join into one team ("không quá 3 chi bộ"), and the default rules copied into a new tournament (the plan
 * says its rules come later: the office changes them per tournament, before the draw).
 */
public record TournamentSettings(String source, String name, String venue, int maxCellsPerJointTeam,
        TournamentRules rules) {

    public static final String SECTION = "tournament";
}
