package vn.dangbo.registry.organisation;

import static vn.dangbo.kit.text.VietnameseText.nfcStripped;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dangbo.kit.messaging.Outbox;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.audit.AuditTrail;
import vn.dangbo.registry.organisation.OrganisationRecords.CreateOrganisationRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.DissolveRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.MergeRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.MoveRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.OrganisationResponse;
import vn.dangbo.registry.organisation.OrganisationRecords.RenameRequest;
import vn.dangbo.registry.web.Preconditions;

@ApplicationScoped
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final Outbox outbox;
    private final AccessGuard access;
    private final AuditTrail audit;
    private final MemberTransfers members;

    public OrganisationService(OrganisationRepository organisations, Outbox outbox, AccessGuard access,
            AuditTrail audit, MemberTransfers members) {
        this.organisations = organisations;
        this.outbox = outbox;
        this.access = access;
        this.audit = audit;
        this.members = members;
    }

    @Transactional
    public Organisation create(CreateOrganisationRequest request) {
        Organisation parent = null;
        if (request.parentId() != null) {
            parent = organisations.findByIdOptional(request.parentId())
                    .orElseThrow(() -> ProblemException.invalid("parentId", "không có tổ chức đảng với mã này"));
            if (parent.status != OrganisationStatus.ACTIVE) {
                throw ProblemException.ruleViolated("Tổ chức cấp trên đã giải thể hoặc hợp nhất", "parentId");
            }
        }
        access.requireWriteAccess(parent == null ? null : parent.id);
        typeProblem(request.type(), parent).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "type");
        });
        Organisation created = create(UUID.randomUUID(), parent, request.type(), request.name(), request.shortCode(),
                request.term());
        organisations.flush();
        audit.record(AuditTrail.ORGANISATION, created.id, "CREATED", null, OrganisationResponse.of(created));
        return created;
    }

    /** Why an organisation of {@code type} may not be created under {@code parent} (null: at the top), or empty. */
    public static java.util.Optional<String> typeProblem(OrganisationType type, Organisation parent) {
        if (type.mayBeChildOf(parent == null ? null : parent.type)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(parent == null
                ? "Chỉ Đảng bộ Khối (BLOC_COMMITTEE) được là tổ chức cấp cao nhất"
                : "Loại tổ chức " + type + " không thể trực thuộc " + parent.type);
    }

    /**
     * Creates an organisation with a given id on behalf of {@code actor} outside their request (an import job,
     * which checked the actor's rights): the same rules, events, snapshot and audit entry as {@link #create}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organisation createFor(String actor, UUID id, CreateOrganisationRequest request) {
        Organisation parent = null;
        if (request.parentId() != null) {
            parent = organisations.findByIdOptional(request.parentId())
                    .orElseThrow(() -> ProblemException.invalid("parentId", "không có tổ chức đảng với mã này"));
            if (parent.status != OrganisationStatus.ACTIVE) {
                throw ProblemException.ruleViolated("Tổ chức cấp trên đã giải thể hoặc hợp nhất", "parentId");
            }
        }
        typeProblem(request.type(), parent).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "type");
        });
        if (organisations.findByIdOptional(id).isPresent()) {
            throw ProblemException.conflict("Đã có tổ chức đảng với mã " + id);
        }
        Organisation created = create(id, parent, request.type(), request.name(), request.shortCode(), request.term());
        organisations.flush();
        audit.record(AuditTrail.ORGANISATION, created.id, "CREATED", null, OrganisationResponse.of(created), actor);
        return created;
    }

    /**
     * Renames (name and short code: a null short code keeps the current one, a blank one clears it) on behalf of
     * {@code actor} outside their request (an import job): the same event, snapshot and audit entry as
     * {@link #rename}. Only an active organisation.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organisation renameFor(String actor, UUID id, RenameRequest request) {
        return applyRename(active(get(id)), request, actor);
    }

    /** Changes the term on behalf of {@code actor} (an import job), as {@link #changeTerm} does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organisation changeTermFor(String actor, UUID id, OrganisationRecords.TermRequest request) {
        return applyTerm(active(get(id)), request, actor);
    }

    /** Also used by the demo data loader, which runs with full rights. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organisation create(UUID id, Organisation parent, OrganisationType type, String name, String shortCode,
            String term) {
        Organisation organisation = new Organisation();
        organisation.id = id;
        organisation.parentId = parent == null ? null : parent.id;
        organisation.path = TreeRules.newPath(parent == null ? "/" : parent.path, organisation.id);
        organisation.type = type;
        organisation.name = nfcStripped(name);
        organisation.shortCode = shortCode == null || shortCode.isBlank() ? null : nfcStripped(shortCode);
        organisation.status = OrganisationStatus.ACTIVE;
        organisation.term = term;
        organisations.persist(organisation);
        outbox.publish(OrganisationEvents.TOPIC, OrganisationEvents.CREATED, organisation.id.toString(),
                new OrganisationEvents.Created(OrganisationEvents.state(organisation)));
        snapshot(organisation);
        return organisation;
    }

    @Transactional
    public Organisation rename(UUID id, long expectedVersion, RenameRequest request) {
        return applyRename(writable(id, expectedVersion), request, access.actor());
    }

    private Organisation applyRename(Organisation organisation, RenameRequest request, String actor) {
        UUID id = organisation.id;
        OrganisationResponse before = OrganisationResponse.of(organisation);
        String previousName = organisation.name;
        String previousShortCode = organisation.shortCode;
        organisation.name = nfcStripped(request.name());
        if (request.shortCode() != null) {
            organisation.shortCode = request.shortCode().isBlank() ? null : nfcStripped(request.shortCode());
        }
        organisations.flush(); // the event carries the new version
        outbox.publish(OrganisationEvents.TOPIC, OrganisationEvents.RENAMED, id.toString(),
                new OrganisationEvents.Renamed(OrganisationEvents.state(organisation), previousName, previousShortCode));
        snapshot(organisation);
        audit.record(AuditTrail.ORGANISATION, id, "RENAMED", before, OrganisationResponse.of(organisation), actor);
        return organisation;
    }

    @Transactional
    public Organisation changeTerm(UUID id, long expectedVersion, OrganisationRecords.TermRequest request) {
        return applyTerm(writable(id, expectedVersion), request, access.actor());
    }

    private Organisation applyTerm(Organisation organisation, OrganisationRecords.TermRequest request, String actor) {
        UUID id = organisation.id;
        OrganisationResponse before = OrganisationResponse.of(organisation);
        String previousTerm = organisation.term;
        organisation.term = request.term();
        organisations.flush();
        outbox.publish(OrganisationEvents.TOPIC, OrganisationEvents.TERM_CHANGED, id.toString(),
                new OrganisationEvents.TermChanged(OrganisationEvents.state(organisation), previousTerm));
        snapshot(organisation);
        audit.record(AuditTrail.ORGANISATION, id, "TERM_CHANGED", before, OrganisationResponse.of(organisation),
                actor);
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
        organisations.flush();
        organisations.rewriteDescendantPaths(organisation.id, oldPath, organisation.path);
        outbox.publish(OrganisationEvents.TOPIC, OrganisationEvents.MOVED, organisation.id.toString(),
                new OrganisationEvents.Moved(OrganisationEvents.state(organisation), fromParent, parent.id));
        snapshot(organisation);
        // the snapshot topic keeps each organisation's latest state on its own: descendants' paths changed too
        for (Organisation descendant : organisations.descendants(organisation)) {
            organisations.getEntityManager().refresh(descendant);
            snapshot(descendant);
        }
        audit.record(AuditTrail.ORGANISATION, organisation.id, "MOVED", before, OrganisationResponse.of(organisation));
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
        organisation.status = OrganisationStatus.DISSOLVED;
        organisations.flush();
        outbox.publish(OrganisationEvents.TOPIC, OrganisationEvents.DISSOLVED, id.toString(),
                new OrganisationEvents.Dissolved(OrganisationEvents.state(organisation), request.effectiveDate(),
                        nfcStripped(request.decisionReference())));
        snapshot(organisation);
        audit.record(AuditTrail.ORGANISATION, id, "DISSOLVED", before, OrganisationResponse.of(organisation));
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
        organisations.flush();
        outbox.publish(OrganisationEvents.TOPIC, OrganisationEvents.MERGED, id.toString(),
                new OrganisationEvents.Merged(OrganisationEvents.state(source), target.id, request.effectiveDate(),
                        decision));
        snapshot(source);
        audit.record(AuditTrail.ORGANISATION, id, "MERGED", before, OrganisationResponse.of(source));
        return source;
    }

    public Organisation get(UUID id) {
        return organisations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Không có tổ chức đảng với mã " + id));
    }

    public List<Organisation> children(UUID id) {
        get(id);
        return organisations.children(id);
    }

    public List<Organisation> subtree(UUID id, int page, int size) {
        return organisations.subtree(get(id), page, size);
    }

    public long subtreeSize(UUID id) {
        return organisations.subtreeSize(get(id));
    }

    /** The ids of the organisation and all its descendants. */
    public List<UUID> subtreeIds(UUID id) {
        return organisations.subtreeIds(get(id));
    }

    /** The organisations with these ids (those that exist), by id. */
    public Map<UUID, Organisation> byIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // one array parameter: an import asks for thousands at once
        @SuppressWarnings("unchecked")
        List<Organisation> found = organisations.getEntityManager().createNativeQuery(
                "select * from organisation where id = any(cast(:ids as uuid[]))", Organisation.class)
                .setParameter("ids", ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .getResultList();
        return found.stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
    }

    /** From the root down to the organisation itself. */
    public List<Organisation> pathToRoot(UUID id) {
        Organisation organisation = get(id);
        List<UUID> ids = organisation.pathIds();
        Map<UUID, Organisation> byId = organisations.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        List<Organisation> path = new ArrayList<>();
        for (UUID ancestor : ids) {
            path.add(byId.get(ancestor));
        }
        return path;
    }

    /**
     * The latest state on the log-compacted snapshot topic, for subscribers that start from scratch. A
     * dissolved or merged organisation keeps its snapshot (with its status), never a tombstone: members'
     * histories, congresses and documents still name it, and a subscriber must be able to show it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void snapshot(Organisation organisation) {
        outbox.publish(OrganisationEvents.SNAPSHOT_TOPIC, OrganisationEvents.SNAPSHOT, organisation.id.toString(),
                new OrganisationEvents.Snapshot(OrganisationEvents.state(organisation)));
    }

    /** An active organisation the caller may change, at the version the caller read. */
    private Organisation writable(UUID id, long expectedVersion) {
        Organisation organisation = get(id);
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

    /** The active organisations of a subtree, each parent before its children (siblings by name). */
    public List<Organisation> activeSubtreeTopDown(UUID rootId) {
        Organisation root = get(rootId);
        Map<UUID, List<Organisation>> children = new java.util.HashMap<>();
        for (Organisation o : organisations.activeDescendants(root)) {
            children.computeIfAbsent(o.parentId, k -> new ArrayList<>()).add(o);
        }
        List<Organisation> ordered = new ArrayList<>();
        java.util.Deque<Organisation> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Organisation next = stack.pop();
            ordered.add(next);
            List<Organisation> below = children.getOrDefault(next.id, List.of());
            for (int i = below.size() - 1; i >= 0; i--) {
                stack.push(below.get(i));
            }
        }
        return ordered;
    }
}
