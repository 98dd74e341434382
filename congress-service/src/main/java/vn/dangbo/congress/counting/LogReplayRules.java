package vn.dangbo.congress.counting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Replays an election's count log from its first record: checks the chain (sequence, previous hash, each hash
 * recomputed) and rebuilds, from the payloads alone, every entry, where each ballot stands and the totals — the
 * verification compares them with what is stored.
 */
public final class LogReplayRules {

    /** One record of the log as stored. */
    public record LogRecord(long seq, String kind, String payload, String prevHash, String hash) {
    }

    /** Where the chain breaks: the record's number and why, in Vietnamese. */
    public record Break(long seq, String message) {
    }

    /**
     * @param entries  every entry the log holds: "unit / teller" → canonical content
     * @param units    every ballot or group the log speaks of, by its serial or code
     * @param closing  the closing record's payload, or null while the count is open
     * @param totals   the totals recomputed from the log (null without an opening record)
     */
    public record Replay(List<Break> breaks, CountBasis basis, Integer issued, Integer returned,
            Map<String, String> entries, Map<String, TallyRules.Unit> units, Map<String, Object> closing,
            TallyRules.Totals totals, String lastHash, long records) {

        public boolean chainHolds() {
            return breaks.isEmpty();
        }
    }

    private LogReplayRules() {
    }

    public static String entryKey(String unit, String teller) {
        return unit + " / " + teller;
    }

    public static Replay replay(UUID electionId, List<LogRecord> log) {
        List<Break> breaks = new ArrayList<>();
        String prev = CountLogRules.GENESIS;
        long expected = 1;
        CountBasis basis = null;
        Integer issued = null;
        Integer returned = null;
        Map<String, String> entries = new LinkedHashMap<>();
        Map<String, List<String>> contents = new LinkedHashMap<>();
        Map<String, TallyRules.Unit> units = new LinkedHashMap<>();
        Map<String, Object> closing = null;
        for (LogRecord record : log) {
            if (record.seq() != expected) {
                breaks.add(new Break(record.seq(), "Bản ghi số " + record.seq() + " không liền sau bản ghi số "
                        + (expected - 1) + " (thiếu hoặc thừa bản ghi)"));
            }
            if (!record.prevHash().equals(prev)) {
                breaks.add(new Break(record.seq(), "Bản ghi số " + record.seq()
                        + " không nối với mã băm của bản ghi trước"));
            }
            if (!CountLogRules.hash(electionId, record.seq(), record.kind(), record.payload(), record.prevHash())
                    .equals(record.hash())) {
                breaks.add(new Break(record.seq(), "Nội dung bản ghi số " + record.seq()
                        + " không khớp với mã băm của nó (đã bị sửa)"));
            }
            prev = record.hash();
            expected = record.seq() + 1;
            Map<String, Object> payload;
            try {
                payload = Canonical.tree(record.payload());
            } catch (IllegalArgumentException e) {
                breaks.add(new Break(record.seq(), "Bản ghi số " + record.seq() + " không đọc được"));
                continue;
            }
            switch (record.kind()) {
                case CountLogRules.OPENED -> basis = CountBasis.fromPayload(payload);
                case CountLogRules.FIGURES -> {
                    issued = number(payload.get("issued"));
                    returned = number(payload.get("returned"));
                }
                case CountLogRules.ENTRY -> {
                    String unit = (String) payload.get("unit");
                    UnitKind kind = UnitKind.valueOf((String) payload.get("unitKind"));
                    String content = Canonical.json(tree(payload.get("content")));
                    entries.put(entryKey(unit, (String) payload.get("teller")), content);
                    List<String> alike = contents.computeIfAbsent(unit, u -> new ArrayList<>());
                    alike.add(content);
                    int tellers = basis == null ? Integer.MAX_VALUE : basis.tellersPerBallot();
                    UnitStatus status = EntryAgreementRules.status(tellers, alike);
                    units.put(unit, new TallyRules.Unit(unit, kind, status,
                            status == UnitStatus.FINAL ? alike.get(0) : null));
                }
                case CountLogRules.SETTLEMENT -> {
                    String unit = (String) payload.get("unit");
                    units.put(unit, new TallyRules.Unit(unit, UnitKind.valueOf((String) payload.get("unitKind")),
                            UnitStatus.SETTLED, Canonical.json(tree(payload.get("content")))));
                }
                case CountLogRules.RULING -> {
                    String unit = (String) payload.get("unit");
                    units.put(unit, new TallyRules.Unit(unit, UnitKind.BALLOT, UnitStatus.RULED_INVALID, null));
                }
                case CountLogRules.CLOSING -> closing = payload;
                default -> breaks.add(new Break(record.seq(), "Bản ghi số " + record.seq()
                        + " có loại không biết: " + record.kind()));
            }
        }
        TallyRules.Totals totals = basis == null ? null : TallyRules.tally(basis, units.values());
        return new Replay(List.copyOf(breaks), basis, issued, returned, entries, units, closing, totals,
                log.isEmpty() ? null : prev, log.size());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree(Object content) {
        return (Map<String, Object>) content;
    }

    private static Integer number(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
