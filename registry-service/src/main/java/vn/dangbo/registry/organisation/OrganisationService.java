package vn.dangbo.registry.organisation;

import static vn.dangbo.kit.text.VietnameseText.nfcStripped;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.organisation.OrganisationRecords.CreateOrganisationRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.DissolveRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.MergeRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.MoveRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.OrganisationResponse;
import vn.dangbo.registry.organisation.OrganisationRecords.RenameRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.TermRequest;
import vn.dangbo.registry.web.Preconditions;

/**
 * The changes of the organisation tree: create, rename, new term, move, dissolve, merge. Each is recorded
 * through {@link OrganisationChanges} (event, snapshot, audit entry) in the transaction that makes it; the
 * reads are {@link OrganisationQueries}.
 */
@ApplicationScoped
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final OrganisationQueries queries;
    private final OrganisationChanges changes;
    private final AccessGuard access;
    private final MemberTransfers members;

    public OrganisationService(OrganisationRepository organisations, OrganisationQueries queries,
            OrganisationChanges changes, AccessGuard access, MemberTransfers members) {
        this.organisations = organisations;
        this.queries = queries;
        this.changes = changes;
        this.access = access;
        this.members = members;
    }

    @Transactional
    public Organisation create(CreateOrganisationRequest request) {
        Organisation parent = activeParent(request.parentId());
        access.requireWriteAccess(parent == null ? null : parent.id);
        requireTypeFits(request.type(), parent);
        return create(UUID.randomUUID(), parent, request, access.actor());
    }

    /**
     * Creates an organisation with a given id on behalf of {@code actor} outside their request (an import job,
     * which checked the actor's rights): the same rules, events, snapshot and audit entry as {@link #create}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organisation createFor(String actor, UUID id, CreateOrganisationRequest request) {
        Organisation parent = activeParent(request.parentId());
        requireTypeFits(request.type(), parent);
        if (organisations.findByIdOptional(id).isPresent()) {
            throw ProblemException.conflict("Đã có tổ chức đảng với mã " + id);
        }
        return create(id, parent, request, actor);
    }

    /**
     * Renames (name and short code: a null short code keeps the current one, a blank one clears it) on behalf of
     * {@code actor} outside their request (an import job): the same event, snapshot and audit entry as
     * {@link #rename}. Only an active organisation.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organisation renameFor(String actor, UUID id, RenameRequest request) {
        return applyRename(active(queries.get(id)), request, actor);
    }

    /** Changes the term on behalf of {@code actor} (an import job), as {@link #changeTerm} does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organisation changeTermFor(String actor, UUID id, TermRequest request) {
        return applyTerm(active(queries.get(id)), request, actor);
    }

    private Organisation create(UUID id, Organisation parent, CreateOrganisationRequest request, String actor) {
        Organisation organisation = new Organisation();
        organisation.id = id;
        organisation.parentId = parent == null ? null : parent.id;
        organisation.path = TreeRules.newPath(parent == null ? "/" : parent.path, organisation.id);
        organisation.type = request.type();
        organisation.name = nfcStripped(request.name());
        organisation.shortCode = request.shortCode() == null || request.shortCode().isBlank() ? null
                : nfcStripped(request.shortCode());
        organisation.status = OrganisationStatus.ACTIVE;
        organisation.term = request.term();
        organisations.persist(organisation);
        changes.record(organisation, OrganisationEvents.CREATED,
                () -> new OrganisationEvents.Created(OrganisationEvents.state(organisation)), "CREATED", null, actor);
        return organisation;
    }

    @Transactional
    public Organisation rename(UUID id, long expectedVersion, RenameRequest request) {
        return applyRename(writable(id, expectedVersion), request, access.actor());
    }

    private Organisation applyRename(Organisation organisation, RenameRequest request, String actor) {
        OrganisationResponse before = OrganisationResponse.of(organisation);
        String previousName = organisation.name;
        String previousShortCode = organisation.shortCode;
        organisation.name = nfcStripped(request.name());
        if (request.shortCode() != null) {
            organisation.shortCode = request.shortCode().isBlank() ? null : nfcStripped(request.shortCode());
        }
        changes.record(organisation, OrganisationEvents.RENAMED, () -> new OrganisationEvents.Renamed(
                OrganisationEvents.state(organisation), previousName, previousShortCode), "RENAMED", before, actor);
        return organisation;
    }

    @Transactional
    public Organisation changeTerm(UUID id, long expectedVersion, TermRequest request) {
        return applyTerm(writable(id, expectedVersion), request, access.actor());
    }

    private Organisation applyTerm(Organisation organisation, TermRequest request, String actor) {
        OrganisationResponse before = OrganisationResponse.of(organisation);
        String previousTerm = organisation.term;
        organisation.term = request.term();
        changes.record(organisation, OrganisationEvents.TERM_CHANGED, () -> new OrganisationEvents.TermChanged(
                OrganisationEvents.state(organisation), previousTerm), "TERM_CHANGED", before, actor);
        return organisation;
    }

    @Transactional
    public Organisation move(UUID id, long expectedVersion, MoveRequest request) {
        Organisation organisation = writable(id, expectedVersion);
        Organisation parent = organisations.findByIdOptional(request.parentId())
                .orElseThrow(() -> ProblemException.invalid("parentId", "không có tổ chức đảng với mã này"));
        access.requireWriteAccess(parent.id);
        TreeRules.moveProblem(id, organisation.path, organisation.type, parent.id, parent.path, parent.type,
                parent.status).ifPresent(problem -> {
                    throw ProblemException.ruleViolated(problem, "parentId");
                });
        moveUnder(organisation, parent);
        return organisation;
    }

    private void moveUnder(Organisation organisation, Organisation parent) {
        OrganisationResponse before = OrganisationResponse.of(organisation);
        UUID fromParent = organisation.parentId;
        String oldPath = organisation.path;
        organisation.parentId = parent.id;
        organisation.path = TreeRules.newPath(parent.path, organisation.id);
        organisations.flush(); // the descendants' paths are rewritten in SQL, from the row's new path
        organisations.rewriteDescendantPaths(organisation.id, oldPath, organisation.path);
        changes.record(organisation, OrganisationEvents.MOVED, () -> new OrganisationEvents.Moved(
                OrganisationEvents.state(organisation), fromParent, parent.id), "MOVED", before, access.actor());
        for (Organisation descendant : organisations.descendants(organisation)) {
            organisations.getEntityManager().refresh(descendant);
            changes.snapshot(descendant);
        }
    }

    @Transactional
    public Organisation dissolve(UUID id, long expectedVersion, DissolveRequest request) {
        Organisation organisation = writable(id, expectedVersion);
        if (!organisations.activeChildren(id).isEmpty()) {
            throw ProblemException.ruleViolated(organisation.name
                    + " còn tổ chức đảng trực thuộc; hãy chuyển, hợp nhất hoặc giải thể các tổ chức đó trước", null);
        }
        long remaining = members.activeMembersIn(id);
        if (remaining > 0) {
            throw ProblemException.ruleViolated(organisation.name + " còn " + remaining
                    + " đảng viên; hãy chuyển sinh hoạt cho các đảng viên trước khi giải thể", null);
        }
        OrganisationResponse before = OrganisationResponse.of(organisation);
        String decision = nfcStripped(request.decisionReference());
        organisation.status = OrganisationStatus.DISSOLVED;
        changes.record(organisation, OrganisationEvents.DISSOLVED, () -> new OrganisationEvents.Dissolved(
                OrganisationEvents.state(organisation), request.effectiveDate(), decision), "DISSOLVED", before,
                access.actor());
        return organisation;
    }

    @Transactional
    public Organisation merge(UUID id, long expectedVersion, MergeRequest request) {
        Organisation source = writable(id, expectedVersion);
        Organisation target = organisations.findByIdOptional(request.targetId())
                .orElseThrow(() -> ProblemException.invalid("targetId", "không có tổ chức đảng với mã này"));
        access.requireWriteAccess(target.id);
        TreeRules.mergeProblem(source, target).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "targetId");
        });
        String decision = nfcStripped(request.decisionReference());
        for (Organisation child : organisations.activeChildren(id)) {
            TreeRules.moveProblem(child.id, child.path, child.type, target.id, target.path, target.type,
                    target.status).ifPresent(problem -> {
                        throw ProblemException.ruleViolated(child.name + ": " + problem, "targetId");
                    });
            moveUnder(child, target);
        }
        members.transferAll(id, target.id, request.effectiveDate(), decision);
        OrganisationResponse before = OrganisationResponse.of(source);
        source.status = OrganisationStatus.MERGED;
        source.mergedInto = target.id;
        changes.record(source, OrganisationEvents.MERGED, () -> new OrganisationEvents.Merged(
                OrganisationEvents.state(source), target.id, request.effectiveDate(), decision), "MERGED", before,
                access.actor());
        return source;
    }

    /** The parent named by a creation (null: none, at the top), which must exist and be active. */
    private Organisation activeParent(UUID parentId) {
        if (parentId == null) {
            return null;
        }
        Organisation parent = organisations.findByIdOptional(parentId)
                .orElseThrow(() -> ProblemException.invalid("parentId", "không có tổ chức đảng với mã này"));
        if (parent.status != OrganisationStatus.ACTIVE) {
            throw ProblemException.ruleViolated("Tổ chức cấp trên đã giải thể hoặc hợp nhất", "parentId");
        }
        return parent;
    }

    private static void requireTypeFits(OrganisationType type, Organisation parent) {
        TreeRules.typeProblem(type, parent == null ? null : parent.type).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "type");
        });
    }

    /** An active organisation the caller may change, at the version the caller read. */
    private Organisation writable(UUID id, long expectedVersion) {
        Organisation organisation = queries.get(id);
        access.requireWriteAccess(organisation.id);
        Preconditions.requireCurrent(expectedVersion, organisation.version);
        return active(organisation);
    }

    private static Organisation active(Organisation organisation) {
        if (organisation.status != OrganisationStatus.ACTIVE) {
            throw ProblemException.ruleViolated(organisation.name + " đã giải thể hoặc hợp nhất", null);
        }
        return organisation;
    }
}
