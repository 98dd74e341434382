package vn.dangbo.congress.counting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.congress.counting.CountGate.Counting;
import vn.dangbo.congress.counting.CountingRecords.BallotEntryRequest;
import vn.dangbo.congress.counting.CountingRecords.BallotFiguresRequest;
import vn.dangbo.congress.counting.CountingRecords.EntryResponse;
import vn.dangbo.congress.counting.CountingRecords.FiguresResponse;
import vn.dangbo.congress.counting.CountingRecords.GroupTallyRequest;
import vn.dangbo.congress.election.Election;
import vn.dangbo.kit.web.ProblemException;

/**
 * The tellers' entries: each returned ballot by its serial, or each counting group's tally, entered by every
 * teller on their own. An entry is idempotent by (election, serial, teller): the same entry again changes nothing;
 * a different one from the same teller is refused — a teller's slip shows as a mismatch the committee settles, so
 * no entry is ever overwritten. A ballot is final when the tellers per ballot agree; the entries beyond are refused.
 * Two locks, always in this order: the ballot's (or group's), held while its entries are read and judged, so two
 * tellers entering one ballot queue for each other only; then the count row's, taken last and held only for the
 * log's append and the writes, so parallel entries never fork the chain and the election's queue stays short.
 */
@ApplicationScoped
public class BallotEntries {

    private final CountGate gate;
    private final TellerRepository tellers;
    private final CountEntryRepository entries;
    private final CountUnitRepository units;

    public BallotEntries(CountGate gate, TellerRepository tellers, CountEntryRepository entries,
            CountUnitRepository units) {
        this.gate = gate;
        this.tellers = tellers;
        this.entries = entries;
        this.units = units;
    }

    /** Ballots issued and returned, as the committee counted them (entered again to correct, each logged). */
    @Transactional
    public FiguresResponse figures(UUID electionId, BallotFiguresRequest request) {
        Counting counting = gate.forWrite(electionId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("issued", request.issued());
        payload.put("returned", request.returned());
        CountLogRow row = gate.append(counting, CountLogRules.FIGURES, payload);
        counting.head().ballotsIssued = request.issued();
        counting.head().ballotsReturned = request.returned();
        return new FiguresResponse(electionId, request.issued(), request.returned(), row.seq);
    }

    @Transactional
    public EntryResponse ballot(UUID electionId, BallotEntryRequest request) {
        Counting prepared = gate.prepare(electionId);
        String teller = teller(prepared, request.tellerCode());
        String serial = request.serial().strip();
        Election election = prepared.election();
        int printed = (election.voters == null ? 0 : election.voters)
                + (election.spareBallots == null ? 0 : election.spareBallots);
        BallotSerials.refusal(election.serialPrefix, election.firstSerial, printed, serial).ifPresent(refusal -> {
            throw ProblemException.ruleViolated(refusal, "serial");
        });
        BallotContent content = Contents.ballot(prepared.basis(), request.kept(), request.marks());
        return enter(prepared, serial, UnitKind.BALLOT, teller, content.canonical());
    }

    @Transactional
    public EntryResponse group(UUID electionId, GroupTallyRequest request) {
        Counting prepared = gate.prepare(electionId);
        String teller = teller(prepared, request.tellerCode());
        GroupTally tally = Contents.group(prepared.basis(), request.ballots(), request.valid(), request.invalid(),
                request.votes());
        return enter(prepared, request.groupCode().strip(), UnitKind.GROUP, teller, tally.canonical());
    }

    private String teller(Counting counting, String code) {
        String teller = code.strip();
        if (tellers.byCode(counting.congress().id, teller).isEmpty()) {
            throw ProblemException.ruleViolated("Mã " + teller + " không phải kiểm phiếu viên của ban kiểm phiếu "
                    + "đại hội", "tellerCode");
        }
        return teller;
    }

    /**
     * Under the ballot's lock: the entries so far judged; then, under the election's lock, the entry, its log record
     * and where the ballot stands now.
     */
    private EntryResponse enter(Counting prepared, String unitName, UnitKind kind, String tellerCode,
            String content) {
        UUID electionId = prepared.electionId();
        String what = kind == UnitKind.BALLOT ? "phiếu số " + unitName : "tổ kiểm phiếu " + unitName;
        gate.lockUnit(electionId, unitName);
        List<CountEntry> entered = entries.ofUnit(electionId, unitName);
        CountEntry existing = entered.stream().filter(e -> e.tellerCode.equals(tellerCode)).findFirst().orElse(null);
        CountUnit unit = units.find(electionId, unitName).orElse(null);
        if (existing != null) {
            if (existing.content.equals(content)) {
                return new EntryResponse(electionId, unitName, kind.name(), tellerCode, true, unit.status,
                        entered.size(), prepared.basis().tellersPerBallot(), existing.logSeq);
            }
            throw ProblemException.conflict("Kiểm phiếu viên " + tellerCode + " đã nhập " + what
                    + " với nội dung khác; không nhập lại được. Nếu có sai sót, ban kiểm phiếu giải quyết chênh lệch");
        }
        if (unit != null && unit.unitKind != kind) {
            // a unit's kind is the election's mode (the first entry set it): refused as the mode refuses
            throw Modes.conflict(unit.unitKind);
        }
        if (unit != null && unit.status.decided()) {
            throw ProblemException.conflict("Đã xác định xong " + what + " (" + describe(unit.status)
                    + "); không nhập thêm được");
        }
        List<String> contents = new ArrayList<>(entered.stream().map(e -> e.content).toList());
        full(contents, prepared.basis().tellersPerBallot(), what);

        Counting counting = gate.lock(prepared);
        Modes.use(counting.head(), kind);
        int perBallot = counting.head().tellersPerBallot;
        full(contents, perBallot, what);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("unit", unitName);
        payload.put("unitKind", kind.name());
        payload.put("teller", tellerCode);
        payload.put("content", Canonical.tree(content));
        CountLogRow row = gate.append(counting, CountLogRules.ENTRY, payload);

        CountEntry entry = new CountEntry();
        entry.id = UUID.randomUUID();
        entry.electionId = electionId;
        entry.unit = unitName;
        entry.unitKind = kind;
        entry.tellerCode = tellerCode;
        entry.content = content;
        entry.logSeq = row.seq;
        entry.enteredBy = gate.actor();
        entry.enteredAt = OffsetDateTime.now();
        entries.persist(entry);

        contents.add(content);
        UnitStatus status = EntryAgreementRules.status(perBallot, contents);
        if (unit == null) {
            unit = new CountUnit();
            unit.id = UUID.randomUUID();
            unit.electionId = electionId;
            unit.unit = unitName;
            unit.unitKind = kind;
        }
        unit.status = status;
        unit.content = status == UnitStatus.FINAL ? content : null;
        unit.updatedAt = OffsetDateTime.now();
        if (!units.isPersistent(unit)) {
            units.persist(unit);
        }
        return new EntryResponse(electionId, unitName, kind.name(), tellerCode, false, status, contents.size(),
                perBallot, row.seq);
    }

    private static void full(List<String> contents, int perBallot, String what) {
        if (contents.size() >= perBallot) {
            throw ProblemException.conflict("Đã có đủ " + perBallot + " lượt nhập " + what
                    + "; chờ ban kiểm phiếu giải quyết chênh lệch");
        }
    }

    static String describe(UnitStatus status) {
        return switch (status) {
            case FINAL -> "các lượt nhập đã khớp";
            case SETTLED -> "ban kiểm phiếu đã giải quyết chênh lệch";
            case RULED_INVALID -> "ban kiểm phiếu đã xác định phiếu không hợp lệ";
            case PENDING -> "chưa đủ lượt nhập";
            case MISMATCH -> "các lượt nhập không khớp";
        };
    }
}
