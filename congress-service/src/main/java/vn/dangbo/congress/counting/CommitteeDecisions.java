package vn.dangbo.congress.counting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.congress.counting.CountGate.Counting;
import vn.dangbo.congress.counting.CountingRecords.DecisionResponse;
import vn.dangbo.congress.counting.CountingRecords.RulingRequest;
import vn.dangbo.congress.counting.CountingRecords.SettlementRequest;
import vn.dangbo.kit.web.ProblemException;

/**
 * What the counting committee decides, each recorded with who decided and why and appended to the log: the
 * content of a ballot (or a group's tally) whose entries differ, and a ballot ruled invalid (e.g. not issued by
 * the committee) — at any time before the count closes, whatever its entries say.
 */
@ApplicationScoped
public class CommitteeDecisions {

    private final CountGate gate;
    private final CountUnitRepository units;

    public CommitteeDecisions(CountGate gate, CountUnitRepository units) {
        this.gate = gate;
        this.units = units;
    }

    @Transactional
    public DecisionResponse settle(UUID electionId, SettlementRequest request) {
        boolean ballot = request.serial() != null && !request.serial().isBlank();
        boolean group = request.groupCode() != null && !request.groupCode().isBlank();
        if (ballot == group) {
            throw ProblemException.ruleViolated("Nêu số phiếu (serial) hoặc mã tổ kiểm phiếu (groupCode), một trong "
                    + "hai", "serial");
        }
        String name = ballot ? request.serial().strip() : request.groupCode().strip();
        gate.lockUnit(electionId, name);
        Counting counting = gate.forWrite(electionId);
        CountUnit unit = units.find(electionId, name).orElse(null);
        if (unit == null || unit.status != UnitStatus.MISMATCH
                || unit.unitKind != (ballot ? UnitKind.BALLOT : UnitKind.GROUP)) {
            throw ProblemException.conflict((ballot ? "Phiếu số " : "Tổ kiểm phiếu ") + name
                    + " không có chênh lệch giữa các lượt nhập cần giải quyết"
                    + (unit == null ? "" : " (" + BallotEntries.describe(unit.status) + ")"));
        }
        String content = ballot
                ? Contents.ballot(counting.basis(), request.kept(), request.marks()).canonical()
                : Contents.group(counting.basis(), request.ballots(), request.valid(), request.invalid(),
                        request.votes()).canonical();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("unit", name);
        payload.put("unitKind", unit.unitKind.name());
        payload.put("content", Canonical.tree(content));
        payload.put("decidedBy", request.decidedBy().strip());
        payload.put("reason", request.reason().strip());
        CountLogRow row = gate.append(counting, CountLogRules.SETTLEMENT, payload);
        unit.status = UnitStatus.SETTLED;
        unit.content = content;
        return decided(unit, request.decidedBy(), request.reason(), row);
    }

    @Transactional
    public DecisionResponse rule(UUID electionId, RulingRequest request) {
        String serial = request.serial().strip();
        gate.lockUnit(electionId, serial);
        Counting counting = gate.forWrite(electionId);
        Modes.use(counting.head(), UnitKind.BALLOT);
        CountUnit unit = units.find(electionId, serial).orElse(null);
        if (unit != null && unit.status == UnitStatus.RULED_INVALID) {
            throw ProblemException.conflict("Phiếu số " + serial + " đã được xác định không hợp lệ");
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("unit", serial);
        payload.put("decidedBy", request.decidedBy().strip());
        payload.put("reason", request.reason().strip());
        CountLogRow row = gate.append(counting, CountLogRules.RULING, payload);
        if (unit == null) {
            unit = new CountUnit();
            unit.id = UUID.randomUUID();
            unit.electionId = electionId;
            unit.unit = serial;
            unit.unitKind = UnitKind.BALLOT;
        }
        unit.status = UnitStatus.RULED_INVALID;
        unit.content = null;
        DecisionResponse response = decided(unit, request.decidedBy(), request.reason(), row);
        if (!units.isPersistent(unit)) {
            units.persist(unit);
        }
        return response;
    }

    private static DecisionResponse decided(CountUnit unit, String decidedBy, String reason, CountLogRow row) {
        unit.decidedBy = decidedBy.strip();
        unit.reason = reason.strip();
        unit.updatedAt = OffsetDateTime.now();
        return new DecisionResponse(unit.electionId, unit.unit, unit.status, unit.decidedBy, unit.reason, row.seq);
    }
}
