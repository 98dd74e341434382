package vn.dangbo.congress.counting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.congress.counting.CountGate.Counting;
import vn.dangbo.congress.counting.CountingRecords.CandidateCount;
import vn.dangbo.congress.counting.CountingRecords.Difference;
import vn.dangbo.congress.counting.CountingRecords.VerificationResponse;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.Election;

/**
 * Replays an election's log and compares what it gives with what is stored: the chain itself, every teller's
 * entry, where each ballot stands, the ballots issued and returned and, once closed, the election's figures, every
 * candidate's votes and the last hash. Reads under a shared lock of the count row, so a concurrent entry is either
 * wholly in or wholly out of what is compared.
 */
@ApplicationScoped
public class CountVerification {

    private final CountGate gate;
    private final ElectionCountRepository counts;
    private final CountLogRepository log;
    private final CountEntryRepository entries;
    private final CountUnitRepository units;

    public CountVerification(CountGate gate, ElectionCountRepository counts, CountLogRepository log,
            CountEntryRepository entries, CountUnitRepository units) {
        this.gate = gate;
        this.counts = counts;
        this.log = log;
        this.entries = entries;
        this.units = units;
    }

    @Transactional
    public VerificationResponse verify(UUID electionId) {
        Counting counting = gate.forRead(electionId);
        Election election = counting.election();
        ElectionCount head = counts.lockForRead(electionId);
        if (head == null) {
            return new VerificationResponse(electionId, true, true, true, 0, null, List.of(), List.of(), 0, 0,
                    List.of(), "Chưa bắt đầu kiểm phiếu: nhật ký chưa có bản ghi");
        }
        LogReplayRules.Replay replay = LogReplayRules.replay(electionId, log.of(electionId));
        List<Difference> differences = new ArrayList<>();
        compare(differences, "Mã băm cuối của nhật ký", replay.lastHash(), head.lastHash);
        compare(differences, "Số bản ghi của nhật ký", replay.records(), head.lastSeq);
        compare(differences, "Số phiếu phát ra", replay.issued(), head.ballotsIssued);
        compare(differences, "Số phiếu thu vào", replay.returned(), head.ballotsReturned);
        if (replay.basis() != null && counting.basis() != null) {
            compare(differences, "Danh sách bầu cử", replay.basis().candidates(), counting.basis().candidates());
            compare(differences, "Số lượng cần bầu", replay.basis().seats(), counting.basis().seats());
        }
        compareEntries(differences, replay, electionId);
        compareUnits(differences, replay, electionId);
        TallyRules.Totals totals = replay.totals();
        if (election.countClosedAt != null) {
            compareClosed(differences, replay, counting);
        }
        boolean totalsHold = differences.isEmpty();
        boolean holds = replay.chainHolds() && totalsHold;
        List<CandidateCount> candidates = new ArrayList<>();
        for (Candidate c : counting.candidates()) {
            candidates.add(new CandidateCount(c.id, c.fullName, c.position,
                    totals == null ? 0 : totals.votes().getOrDefault(c.id, 0)));
        }
        String summary = holds
                ? "Chuỗi nhật ký toàn vẹn (" + replay.records() + " bản ghi) và mọi số liệu lưu trữ khớp với nhật ký"
                : (replay.chainHolds() ? "" : "Chuỗi nhật ký bị phá vỡ từ bản ghi số " + replay.breaks().get(0).seq()
                        + ". ") + (totalsHold ? "" : differences.size() + " số liệu lưu trữ không khớp với nhật ký.");
        return new VerificationResponse(electionId, holds, replay.chainHolds(), totalsHold, replay.records(),
                replay.lastHash(), replay.breaks(), differences, totals == null ? 0 : totals.valid(),
                totals == null ? 0 : totals.invalid(), candidates, summary.strip());
    }

    private void compareEntries(List<Difference> differences, LogReplayRules.Replay replay, UUID electionId) {
        Map<String, String> stored = entries.contentsOf(electionId);
        Set<String> keys = new LinkedHashSet<>(replay.entries().keySet());
        keys.addAll(stored.keySet());
        for (String key : keys) {
            compare(differences, "Lượt nhập " + key, replay.entries().get(key), stored.get(key));
        }
    }

    private void compareUnits(List<Difference> differences, LogReplayRules.Replay replay, UUID electionId) {
        Map<String, TallyRules.Unit> stored = new LinkedHashMap<>();
        units.statesOf(electionId).forEach(u -> stored.put(u.unit(), u));
        Set<String> keys = new LinkedHashSet<>(replay.units().keySet());
        keys.addAll(stored.keySet());
        for (String key : keys) {
            TallyRules.Unit fromLog = replay.units().get(key);
            TallyRules.Unit kept = stored.get(key);
            compare(differences, "Tình trạng phiếu " + key, fromLog == null ? null : fromLog.status(),
                    kept == null ? null : kept.status());
            compare(differences, "Nội dung đã thống nhất của phiếu " + key, fromLog == null ? null : fromLog.content(),
                    kept == null ? null : kept.content());
        }
    }

    private void compareClosed(List<Difference> differences, LogReplayRules.Replay replay, Counting counting) {
        Election election = counting.election();
        Map<String, Object> closing = replay.closing();
        TallyRules.Totals totals = replay.totals();
        if (closing == null || totals == null) {
            differences.add(new Difference("Bản ghi khóa kiểm phiếu", null, "đã khóa"));
            return;
        }
        compare(differences, "Mã băm cuối khi khóa kiểm phiếu", replay.lastHash(), election.logLastHash);
        compare(differences, "Số phiếu phát ra khi khóa", number(closing.get("issued")), election.ballotsIssued);
        compare(differences, "Số phiếu thu vào khi khóa", number(closing.get("returned")), election.ballotsReturned);
        compare(differences, "Số phiếu hợp lệ (tính lại từ nhật ký)", totals.valid(), election.validBallots);
        compare(differences, "Số phiếu không hợp lệ (tính lại từ nhật ký)", totals.invalid(), election.invalidBallots);
        compare(differences, "Số phiếu hợp lệ ghi khi khóa", number(closing.get("valid")), election.validBallots);
        compare(differences, "Số phiếu không hợp lệ ghi khi khóa", number(closing.get("invalid")),
                election.invalidBallots);
        Map<?, ?> closedVotes = (Map<?, ?>) closing.get("votes");
        for (Candidate c : counting.candidates()) {
            compare(differences, "Số phiếu bầu của " + c.fullName + " (tính lại từ nhật ký)",
                    totals.votes().get(c.id), c.votes);
            compare(differences, "Số phiếu bầu của " + c.fullName + " ghi khi khóa",
                    number(closedVotes.get(c.id.toString())), c.votes);
        }
    }

    private static Integer number(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static void compare(List<Difference> differences, String what, Object fromLog, Object stored) {
        if (!Objects.equals(fromLog, stored)) {
            differences.add(new Difference(what, fromLog == null ? null : fromLog.toString(),
                    stored == null ? null : stored.toString()));
        }
    }
}
