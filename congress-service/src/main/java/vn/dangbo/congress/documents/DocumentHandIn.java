package vn.dangbo.congress.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import vn.dangbo.congress.checklist.DocumentKind;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressRepository;
import vn.dangbo.congress.congress.CongressStatus;
import vn.dangbo.congress.round.CongressRound;
import vn.dangbo.congress.round.DateWindow;
import vn.dangbo.congress.round.RoundService;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * The two officer actions on a checklist item: the congress' organisation hands a document in on paper (one issued
 * by docs-service counts by itself), and the body above approves a draft. Approval is the approving body's: for a
 * cell's drafts the committee convening the round, for the committee's drafts the body above it.
 */
@ApplicationScoped
public class DocumentHandIn {

    private final CongressDocumentRepository documents;
    private final CongressRepository congresses;
    private final RoundService rounds;
    private final OrganisationDirectory organisations;
    private final AccessGuard access;
    private final DocumentChanges changes;

    public DocumentHandIn(CongressDocumentRepository documents, CongressRepository congresses, RoundService rounds,
            OrganisationDirectory organisations, AccessGuard access, DocumentChanges changes) {
        this.documents = documents;
        this.congresses = congresses;
        this.rounds = rounds;
        this.organisations = organisations;
        this.access = access;
        this.changes = changes;
    }

    @Transactional
    public CongressDocument submit(UUID congressId, String code, LocalDate submittedOn, String symbol,
            LocalDate today) {
        Congress congress = standing(congressId);
        access.requireWriteAccess(congress.organisationId);
        CongressDocument document = item(congressId, code);
        if (document.status != DocumentStatus.DUE) {
            throw ProblemException.conflict(document.name + " của đại hội này đã được "
                    + (document.status == DocumentStatus.APPROVED ? "duyệt" : "nộp") + " trước đó");
        }
        LocalDate day = submittedOn == null ? today : submittedOn;
        notInFuture(day, today, "submittedOn", "nộp");
        DocumentEvents.DocumentState before = changes.state(document);
        document.status = DocumentStatus.SUBMITTED;
        document.submittedOn = day;
        document.documentSymbol = symbol == null || symbol.isBlank() ? null : symbol.strip();
        changes.recordByOfficer(document, DocumentEvents.SUBMITTED, "submit", before, DocumentEvents.Submitted::new);
        return document;
    }

    @Transactional
    public CongressDocument approve(UUID congressId, String code, LocalDate approvedOn, LocalDate today) {
        Congress congress = standing(congressId);
        CongressDocument document = item(congressId, code);
        access.requireWriteAccess(approvingBody(congress));
        if (document.kind != DocumentKind.DRAFT) {
            throw ProblemException.ruleViolated(document.name + " là văn kiện báo cáo sau đại hội, gửi cấp trên "
                    + "để báo cáo, không qua bước duyệt", "code");
        }
        if (document.status == DocumentStatus.APPROVED) {
            throw ProblemException.conflict(document.name + " của đại hội này đã được duyệt ngày "
                    + DateWindow.format(document.approvedOn));
        }
        LocalDate day = approvedOn == null ? today : approvedOn;
        notInFuture(day, today, "approvedOn", "duyệt");
        DocumentEvents.DocumentState before = changes.state(document);
        document.status = DocumentStatus.APPROVED;
        document.approvedOn = day;
        document.approvedBy = access.actor();
        changes.recordByOfficer(document, DocumentEvents.APPROVED, "approve", before, DocumentEvents.Approved::new);
        return document;
    }

    /** The organisation whose officers approve the congress' drafts. */
    private UUID approvingBody(Congress congress) {
        CongressRound round = rounds.get(congress.roundId);
        if (!congress.organisationId.equals(round.conveningCommitteeId)) {
            return round.conveningCommitteeId;
        }
        KnownOrganisation committee = organisations.find(round.conveningCommitteeId).orElseThrow(
                () -> ProblemException.conflict("Chưa có thông tin tổ chức đảng với mã " + round.conveningCommitteeId));
        if (committee.parentId == null) {
            throw ProblemException.conflict(committee.name + " không có cấp ủy cấp trên để duyệt văn kiện");
        }
        return committee.parentId;
    }

    private Congress standing(UUID congressId) {
        Congress congress = congresses.findByIdOptional(congressId)
                .orElseThrow(() -> ProblemException.notFound("Không có đại hội với mã " + congressId));
        if (congress.status == CongressStatus.CANCELLED || congress.roundId == null) {
            throw ProblemException.conflict("Đại hội " + congressId + (congress.roundId == null
                    ? " không thuộc đợt đại hội nào nên không có danh mục văn kiện" : " đã hủy"));
        }
        return congress;
    }

    private CongressDocument item(UUID congressId, String code) {
        return documents.find(congressId, code).orElseThrow(() -> ProblemException.notFound(
                "Danh mục văn kiện của đại hội " + congressId + " không có văn kiện mã " + code));
    }

    private static void notInFuture(LocalDate day, LocalDate today, String field, String verb) {
        if (day.isAfter(today)) {
            throw ProblemException.ruleViolated("Ngày " + verb + " " + DateWindow.format(day) + " chưa đến (hôm nay là "
                    + DateWindow.format(today) + ")",
                    field);
        }
    }
}
