package vn.dangbo.congress.counting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.election.BallotKind;
import vn.dangbo.congress.ruleset.RuleSets;

/** The log's chain and what a replay rebuilds from it. */
class LogReplayRulesTest {

    private static final UUID ELECTION = UUID.randomUUID();
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();
    private static final CountBasis BASIS = CountBasis.of(BallotKind.STRIKE_OUT, 2, List.of(A, B, C), 2,
            RuleSets.shipped("2020").elections());

    @Test
    void aReplayRebuildsEveryBallotAndTheTotals() {
        LogReplayRules.Replay replay = LogReplayRules.replay(ELECTION, log());
        assertTrue(replay.chainHolds(), () -> replay.breaks().toString());
        assertEquals(3, replay.issued());
        assertEquals(3, replay.returned());
        assertEquals(UnitStatus.FINAL, replay.units().get("1").status());
        assertEquals(UnitStatus.SETTLED, replay.units().get("2").status());
        assertEquals(UnitStatus.RULED_INVALID, replay.units().get("3").status());
        assertEquals(5, replay.entries().size());
        assertEquals(2, replay.totals().valid());
        assertEquals(1, replay.totals().invalid());
        assertEquals(Map.of(A, 2, B, 1, C, 0), Map.copyOf(replay.totals().votes()));
        assertEquals(replay.lastHash(), log().get(log().size() - 1).hash());
    }

    @Test
    void aChangedPayloadBreaksTheChainAtThatRecord() {
        List<LogReplayRules.LogRecord> log = new ArrayList<>(log());
        LogReplayRules.LogRecord third = log.get(2);
        log.set(2, new LogReplayRules.LogRecord(third.seq(), third.kind(), third.payload().replace(A.toString(),
                C.toString()), third.prevHash(), third.hash()));
        LogReplayRules.Replay replay = LogReplayRules.replay(ELECTION, log);
        assertFalse(replay.chainHolds());
        assertEquals(new LogReplayRules.Break(3, "Nội dung bản ghi số 3 không khớp với mã băm của nó (đã bị sửa)"),
                replay.breaks().get(0));
    }

    @Test
    void aRemovedRecordBreaksTheChain() {
        List<LogReplayRules.LogRecord> log = new ArrayList<>(log());
        log.remove(4);
        LogReplayRules.Replay replay = LogReplayRules.replay(ELECTION, log);
        assertEquals(List.of(
                new LogReplayRules.Break(6, "Bản ghi số 6 không liền sau bản ghi số 4 (thiếu hoặc thừa bản ghi)"),
                new LogReplayRules.Break(6, "Bản ghi số 6 không nối với mã băm của bản ghi trước")), replay.breaks());
    }

    @Test
    void theSameLogForAnotherElectionDoesNotHold() {
        assertFalse(LogReplayRules.replay(UUID.randomUUID(), log()).chainHolds());
    }

    @Test
    void aChainOfTenThousandEntriesReplaysWhole() {
        List<LogReplayRules.LogRecord> log = new ArrayList<>();
        append(log, CountLogRules.OPENED, BASIS.payload());
        for (int i = 0; i < 5_000; i++) {
            List<UUID> kept = i % 2 == 0 ? List.of(A, B) : List.of(C);
            append(log, CountLogRules.ENTRY, entry(String.valueOf(i), "T1", kept));
            append(log, CountLogRules.ENTRY, entry(String.valueOf(i), "T2", kept));
        }
        long started = System.nanoTime();
        LogReplayRules.Replay replay = LogReplayRules.replay(ELECTION, log);
        System.out.printf("replayed %d records in %d ms%n", replay.records(), (System.nanoTime() - started) / 1_000_000);
        assertTrue(replay.chainHolds());
        assertEquals(5_000, replay.totals().finalUnits());
        assertEquals(Map.of(A, 2_500, B, 2_500, C, 2_500), Map.copyOf(replay.totals().votes()));
    }

    /** Opened; 3 issued and returned; ballot 1 agreed, ballot 2 in mismatch then settled, ballot 3 ruled invalid. */
    private static List<LogReplayRules.LogRecord> log() {
        List<LogReplayRules.LogRecord> log = new ArrayList<>();
        append(log, CountLogRules.OPENED, BASIS.payload());
        append(log, CountLogRules.FIGURES, Map.of("issued", 3, "returned", 3));
        append(log, CountLogRules.ENTRY, entry("1", "T1", List.of(A, B)));
        append(log, CountLogRules.ENTRY, entry("1", "T2", List.of(B, A)));
        append(log, CountLogRules.ENTRY, entry("2", "T1", List.of(A)));
        append(log, CountLogRules.ENTRY, entry("2", "T2", List.of(C)));
        Map<String, Object> settlement = new LinkedHashMap<>();
        settlement.put("unit", "2");
        settlement.put("unitKind", "BALLOT");
        settlement.put("content", Canonical.tree(BallotContent.entered(BASIS, List.of(A), null).canonical()));
        settlement.put("decidedBy", "Trưởng ban kiểm phiếu");
        settlement.put("reason", "Xem lại phiếu gốc");
        append(log, CountLogRules.SETTLEMENT, settlement);
        append(log, CountLogRules.ENTRY, entry("3", "T1", List.of(A)));
        append(log, CountLogRules.RULING, Map.of("unit", "3", "decidedBy", "Ban kiểm phiếu",
                "reason", "Phiếu không có dấu của ban kiểm phiếu"));
        return log;
    }

    private static Map<String, Object> entry(String unit, String teller, List<UUID> kept) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("unit", unit);
        payload.put("unitKind", "BALLOT");
        payload.put("teller", teller);
        payload.put("content", Canonical.tree(BallotContent.entered(BASIS, kept, null).canonical()));
        return payload;
    }

    private static void append(List<LogReplayRules.LogRecord> log, String kind, Map<String, Object> payload) {
        long seq = log.size() + 1;
        String prev = log.isEmpty() ? CountLogRules.GENESIS : log.get(log.size() - 1).hash();
        String text = Canonical.json(payload);
        log.add(new LogReplayRules.LogRecord(seq, kind, text, prev, CountLogRules.hash(ELECTION, seq, kind, text,
                prev)));
    }
}
