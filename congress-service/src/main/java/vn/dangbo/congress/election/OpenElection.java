package vn.dangbo.congress.election;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.congress.checklist.CongressLevel;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressAgenda;
import vn.dangbo.congress.congress.CongressKind;
import vn.dangbo.congress.congress.CongressRepository;
import vn.dangbo.congress.congress.CongressStatus;
import vn.dangbo.congress.election.ElectionOrderRules.Decision;
import vn.dangbo.congress.election.ElectionOrderRules.Held;
import vn.dangbo.congress.election.ElectionOrderRules.Open;
import vn.dangbo.congress.election.ElectionOrderRules.Refused;
import vn.dangbo.congress.election.ElectionOrderRules.Request;
import vn.dangbo.congress.election.ElectionRecords.CongressElectionStructureResponse;
import vn.dangbo.congress.election.ElectionStructure.Kind;
import vn.dangbo.congress.election.ElectionViews.ElectionView;
import vn.dangbo.congress.election.ElectionViews.OpenElectionRequest;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSetCatalogue;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * Opens an election at a congress in the order of its structure ({@link ElectionOrderRules}): the first round of
 * an office, or another round or a runoff of it (the result declares when one is needed and calls
 * {@link #openNextRound}).
 */
@ApplicationScoped
public class OpenElection {

    private final CongressRepository congresses;
    private final CongressElectionStructureService structures;
    private final CongressAgenda agendas;
    private final OrganisationDirectory organisations;
    private final RuleSetCatalogue ruleSets;
    private final ElectionRepository elections;
    private final CandidateRepository candidates;
    private final AccessGuard access;
    private final Event<ElectionOpening> opening;

    public OpenElection(CongressRepository congresses, CongressElectionStructureService structures,
            CongressAgenda agendas, OrganisationDirectory organisations, RuleSetCatalogue ruleSets,
            ElectionRepository elections, CandidateRepository candidates, AccessGuard access,
            Event<ElectionOpening> opening) {
        this.congresses = congresses;
        this.structures = structures;
        this.agendas = agendas;
        this.organisations = organisations;
        this.ruleSets = ruleSets;
        this.elections = elections;
        this.candidates = candidates;
        this.access = access;
        this.opening = opening;
    }

    /** POST /congresses/{id}/elections: an officer of the congress' subtree opens the next election. */
    @Transactional
    public ElectionView open(UUID congressId, OpenElectionRequest request) {
        Congress congress = congress(congressId);
        access.requireWriteAccess(congress.organisationId);
        if (request.seats() == null) {
            throw ProblemException.invalid("seats", "cần nêu số lượng cần bầu");
        }
        Election election = open(congress, new Request(request.office(), request.seats(),
                request.alternateSeats() == null ? 0 : request.alternateSeats(), request.previousElectionId()));
        return ElectionView.of(election, List.of());
    }

    /**
     * Another round or a runoff of the office after {@code previousElectionId}, whose result is declared. The
     * caller (the result's use case) has checked the user's rights.
     *
     * @param alternateSeats alternates' places left open (a delegation), else 0
     * @param fixedMemberIds the only names of the new round (e.g. those tied for the last seat), each a candidate
     *                       of the previous round, copied with their source; null or empty for a new list
     */
    @Transactional
    public ElectionView openNextRound(Office office, int seats, int alternateSeats, UUID previousElectionId,
            List<UUID> fixedMemberIds) {
        Election previous = elections.findByIdOptional(previousElectionId).orElseThrow(() ->
                ProblemException.notFound("Không có lần bầu với mã " + previousElectionId));
        Congress congress = congress(previous.congressId);
        Election election = open(congress, new Request(office, seats, alternateSeats, previousElectionId));
        if (fixedMemberIds == null || fixedMemberIds.isEmpty()) {
            return ElectionView.of(election, List.of());
        }
        Map<UUID, Candidate> before = new java.util.HashMap<>();
        candidates.ofElection(previousElectionId).forEach(c -> before.put(c.memberId, c));
        List<Candidate> fixed = new ArrayList<>();
        for (UUID memberId : fixedMemberIds) {
            Candidate was = before.get(memberId);
            if (was == null) {
                throw ProblemException.ruleViolated("Đảng viên " + memberId + " không có tên trong lần bầu "
                        + office.title() + " thứ " + previous.roundNo, "memberIds");
            }
            Candidate c = new Candidate();
            c.id = UUID.randomUUID();
            c.electionId = election.id;
            c.memberId = memberId;
            c.fullName = was.fullName;
            c.source = was.source;
            c.status = CandidateStatus.ON_LIST;
            c.nominatedBy = was.nominatedBy;
            c.enteredBy = was.enteredBy; // the round copies the names; no request may be running (an observer)
            candidates.persist(c);
            fixed.add(c);
        }
        election.fixedList = true;
        elections.flush();
        return ElectionView.of(election, fixed);
    }

    private Election open(Congress congress, Request request) {
        if (congress.status == CongressStatus.CANCELLED) {
            throw ProblemException.conflict("Đại hội " + congress.id + " đã hủy, không mở lần bầu được");
        }
        // a post may wait for the higher committee's direction (the result package keeps that): it refuses here
        opening.fire(new ElectionOpening(congress.id, request.office()));
        CongressElectionStructureResponse structure = structures.structureOf(congress.id);
        RuleSet rules = ruleSets.get(structure.ruleSetId());
        Map<UUID, Integer> elected = candidates.electedPerElection(congress.id);
        List<Held> held = elections.ofCongress(congress.id).stream()
                .map(e -> new Held(e.id, e.office, e.roundNo, e.status, elected.getOrDefault(e.id, 0))).toList();
        Decision decision = ElectionOrderRules.open(rules, structure.structure(), structure.stated(),
                electsDelegation(congress, structure.structure()), held, request);
        if (decision instanceof Refused refused) {
            throw ProblemException.ruleViolated(refused.refusal().message(), refused.refusal().field());
        }
        Open open = (Open) decision;
        Election election = new Election();
        election.id = UUID.randomUUID();
        election.congressId = congress.id;
        election.office = request.office();
        election.electorate = open.electorate();
        election.roundNo = open.roundNo();
        election.previousElectionId = open.previousElectionId();
        election.seats = request.seats();
        election.alternateSeats = request.alternateSeats();
        election.status = ElectionStatus.NOMINATING;
        elections.persist(election);
        elections.flush();
        return election;
    }

    /**
     * As the congress' agenda has it (AgendaRules): every congress elects its delegation to the higher congress
     * but a cell whose committee holds an all-member congress. A congress from before rounds has no agenda: only a
     * party committee then.
     */
    private boolean electsDelegation(Congress congress, ElectionStructure structure) {
        if (congress.roundId == null) {
            return structure.kind() == Kind.PARTY_COMMITTEE;
        }
        KnownOrganisation organisation = organisations.find(congress.organisationId).orElseThrow(() ->
                ProblemException.conflict("Chưa có thông tin tổ chức đảng với mã " + congress.organisationId));
        CongressAgenda.Agenda agenda = agendas.of(congress, organisation);
        return agenda.level() == CongressLevel.COMMITTEE || agenda.committeeKind() != CongressKind.ALL_MEMBER;
    }

    private Congress congress(UUID id) {
        return congresses.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Không có đại hội với mã " + id));
    }
}
