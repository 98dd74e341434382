package vn.dangbo.congress.counting;

import vn.dangbo.kit.web.ProblemException;

/** One election is counted one way: ballot by ballot, or by counting groups (the first entry decides). */
final class Modes {

    private Modes() {
    }

    static void use(ElectionCount head, UnitKind kind) {
        CountingMode mode = kind == UnitKind.BALLOT ? CountingMode.BALLOTS : CountingMode.GROUPS;
        if (head.mode == null) {
            head.mode = mode;
        } else if (head.mode != mode) {
            throw conflict(head.mode);
        }
    }

    /** The refusal of the other way while the election is counted {@code current}'s way. */
    static ProblemException conflict(UnitKind current) {
        return conflict(current == UnitKind.BALLOT ? CountingMode.BALLOTS : CountingMode.GROUPS);
    }

    private static ProblemException conflict(CountingMode current) {
        return ProblemException.conflict(current == CountingMode.BALLOTS
                ? "Cuộc bầu cử đang kiểm theo từng phiếu; không nhập kết quả theo tổ kiểm phiếu được"
                : "Cuộc bầu cử đang kiểm theo tổ kiểm phiếu; không nhập hoặc xác định từng phiếu được");
    }
}
