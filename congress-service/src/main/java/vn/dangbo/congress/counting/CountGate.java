package vn.dangbo.congress.counting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressRepository;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.CandidateRepository;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionRepository;
import vn.dangbo.congress.election.ElectionStatus;
import vn.dangbo.congress.round.RoundService;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSetCatalogue;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * The way into an election's count: for a write, the caller's access, the election still counting, and its count
 * row locked (created with the log's opening record on the first write); every record then goes through
 * {@link #append}, which chains it to the one before.
 */
@ApplicationScoped
public class CountGate {

    /** The key space of the advisory locks on ballots and groups ("KPHU"), apart from the rounds' ("CONG"). */
    private static final int UNIT_LOCKS = 0x4B504855;

    private static final String CLOSED = "Cuộc bầu cử đã khóa kiểm phiếu; không thay đổi số liệu được";

    /** An election being counted, its count row locked by this transaction. */
    public record Counting(Election election, Congress congress, ElectionCount head, CountBasis basis,
            List<Candidate> candidates) {

        public UUID electionId() {
            return election.id;
        }

        public Map<UUID, String> names() {
            Map<UUID, String> names = new LinkedHashMap<>();
            candidates.forEach(c -> names.put(c.id, c.fullName));
            return names;
        }
    }

    private final ElectionRepository elections;
    private final CandidateRepository candidates;
    private final CongressRepository congresses;
    private final CountingCommitteeRepository committees;
    private final ElectionCountRepository counts;
    private final CountLogRepository log;
    private final RoundService rounds;
    private final RuleSetCatalogue ruleSets;
    private final AccessGuard access;

    public CountGate(ElectionRepository elections, CandidateRepository candidates, CongressRepository congresses,
            CountingCommitteeRepository committees, ElectionCountRepository counts, CountLogRepository log,
            RoundService rounds, RuleSetCatalogue ruleSets, AccessGuard access) {
        this.elections = elections;
        this.candidates = candidates;
        this.congresses = congresses;
        this.committees = committees;
        this.counts = counts;
        this.log = log;
        this.rounds = rounds;
        this.ruleSets = ruleSets;
        this.access = access;
    }

    /** The election, its count locked for this transaction, refused unless the caller may write and it counts. */
    public Counting forWrite(UUID electionId) {
        return lock(prepare(electionId));
    }

    /**
     * What a write checks before it queues for the election's lock (the caller's access, the election counting,
     * its list and committee), so the lock is held only for the write itself; {@link #lock} then takes it.
     */
    public Counting prepare(UUID electionId) {
        Election election = election(electionId);
        Congress congress = congress(election);
        access.requireWriteAccess(congress.organisationId);
        counting(election);
        CountingCommittee committee = committees.findByIdOptional(congress.id).orElseThrow(() ->
                ProblemException.conflict("Đại hội chưa lập ban kiểm phiếu; lập ban kiểm phiếu trước khi kiểm phiếu"));
        List<Candidate> list = candidates.onList(electionId);
        return new Counting(election, congress, null, basis(election, congress, committee.tellersPerBallot, list),
                list);
    }

    /**
     * Locks the election's count row for this transaction (creating it, with the log's opening record, on the first
     * write); refused once the count is closed.
     */
    public Counting lock(Counting prepared) {
        UUID electionId = prepared.electionId();
        ElectionCount head = counts.lockForWrite(electionId);
        if (head == null) {
            boolean created = counts.createIfAbsent(electionId, prepared.congress().id,
                    prepared.basis().tellersPerBallot());
            head = counts.lockForWrite(electionId);
            if (created) {
                // the basis opens the log, so a replay judges every ballot as the count did
                append(new Counting(prepared.election(), prepared.congress(), head, prepared.basis(),
                        prepared.candidates()), CountLogRules.OPENED, prepared.basis().payload());
            }
        }
        // the count row, read under its lock, is current even when the election row read before it is not
        if (head.closed) {
            throw ProblemException.conflict(CLOSED);
        }
        CountBasis basis = prepared.basis();
        if (basis.tellersPerBallot() != head.tellersPerBallot) {
            basis = new CountBasis(basis.ballotKind(), basis.seats(), basis.candidates(), head.tellersPerBallot,
                    basis.invalidWhenMoreVotesThanSeats(), basis.invalidWhenNoneKeptOnSurplusList(),
                    basis.bothOrNeitherGivesNoVote());
        }
        return new Counting(prepared.election(), prepared.congress(), head, basis, prepared.candidates());
    }

    /**
     * Locks one ballot (or counting group) of the election until the transaction ends. Every write of a unit takes it
     * before the count row's lock (never after), so the tellers of one ballot queue for each other, not for the
     * whole election, while its entries are read and judged.
     */
    public void lockUnit(UUID electionId, String unit) {
        counts.getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:space, "
                        + "hashtext(:unit))) locked")
                .setParameter("space", UNIT_LOCKS)
                .setParameter("unit", electionId + "/" + unit)
                .getSingleResult();
    }

    /** The election for reading (any role), with its count row when it has started counting. */
    public Counting forRead(UUID electionId) {
        Election election = election(electionId);
        Congress congress = congress(election);
        ElectionCount head = counts.findById(electionId);
        int tellers = head != null ? head.tellersPerBallot : committees.findByIdOptional(congress.id)
                .map(c -> c.tellersPerBallot).orElse(rules(congress).tellersPerBallot());
        List<Candidate> list = candidates.onList(electionId);
        CountBasis basis = election.ballotKind == null ? null : basis(election, congress, tellers, list);
        return new Counting(election, congress, head, basis, list);
    }

    /** Appends a record to the election's log, chained to the last one (the caller holds the count row's lock). */
    public CountLogRow append(Counting counting, String kind, Map<String, Object> payload) {
        Map<String, Object> signed = new LinkedHashMap<>(payload);
        signed.put("by", access.actor());
        ElectionCount head = counting.head();
        CountLogRow row = new CountLogRow();
        row.electionId = head.electionId;
        row.seq = head.lastSeq + 1;
        row.kind = kind;
        row.payload = Canonical.json(signed);
        row.prevHash = head.lastHash;
        row.hash = CountLogRules.hash(row.electionId, row.seq, kind, row.payload, row.prevHash);
        row.recordedBy = access.actor();
        row.recordedAt = OffsetDateTime.now();
        log.persist(row);
        head.lastSeq = row.seq;
        head.lastHash = row.hash;
        return row;
    }

    /** The election as stored now (read again under the count row's lock, before the closing changes it). */
    public Election current(Election election) {
        elections.getEntityManager().refresh(election);
        return election;
    }

    public String actor() {
        return access.actor();
    }

    private CountBasis basis(Election election, Congress congress, int tellersPerBallot, List<Candidate> list) {
        return CountBasis.of(election.ballotKind, election.seats + election.alternateSeats,
                list.stream().map(c -> c.id).toList(), tellersPerBallot, rules(congress));
    }

    private RuleSet.Elections rules(Congress congress) {
        RuleSet ruleSet = congress.roundId == null ? ruleSets.current()
                : ruleSets.get(rounds.get(congress.roundId).ruleSetId);
        return ruleSet.elections();
    }

    private static void counting(Election election) {
        if (election.status == ElectionStatus.NOMINATING || election.ballotKind == null) {
            throw ProblemException.conflict("Danh sách bầu cử chưa được thông qua; chưa kiểm phiếu được");
        }
        if (election.status != ElectionStatus.LIST_APPROVED) {
            throw ProblemException.conflict(CLOSED);
        }
    }

    private Election election(UUID id) {
        return elections.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Không có cuộc bầu cử với mã " + id));
    }

    private Congress congress(Election election) {
        return congresses.findById(election.congressId);
    }
}
