package vn.dangbo.emulation.tournament.standing;

/** The points of one set, as the scoresheet gives them: the home side's and the away side's. */
public record SetScore(int home, int away) {
}
