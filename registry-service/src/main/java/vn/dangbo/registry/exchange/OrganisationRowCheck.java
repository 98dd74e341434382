package vn.dangbo.registry.exchange;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.security.AccessGuard.WriteGrant;
import vn.dangbo.kit.web.Problem.FieldError;
import vn.dangbo.registry.exchange.RowReport.OrganisationRow;
import vn.dangbo.registry.organisation.Organisation;
import vn.dangbo.registry.organisation.OrganisationStatus;

/**
 * The rules of the rows of an organisation file, one row at a time, against the registry and the rows above it
 * (a parent may be a row above in the same file). One instance reads a file once, top to bottom: when checking,
 * then again when writing.
 */
final class OrganisationRowCheck {

    /** What the rows above the current one established: their type and whether they were valid. */
    private record Seen(int row, OrganisationType type, boolean valid) {
    }

    /** A row checked: its report and, when it writes, what to write. */
    record Checked(OrganisationRow report, OrganisationCsv.Parsed row, boolean create, boolean rename,
            boolean changeTerm) {
    }

    private final EntityManager entityManager;
    private final OrganisationCsv.Header header;
    private final WriteGrant requester;
    private final Map<UUID, Seen> seen = new HashMap<>();

    OrganisationRowCheck(EntityManager entityManager, OrganisationCsv.Header header, WriteGrant requester) {
        this.entityManager = entityManager;
        this.header = header;
        this.requester = requester;
    }

    /** One row against the registry and the rows above it; records the row in {@code seen}. */
    Checked check(ImportRows.Row source) {
        int row = source.number();
        OrganisationCsv.Parsed parsed = OrganisationCsv.parse(header, source.values());
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        Organisation stored = null;
        if (parsed.id() != null) {
            Seen earlier = seen.get(parsed.id());
            if (earlier != null) {
                errors.add(new FieldError("id", "mã tổ chức trùng với dòng " + earlier.row()));
            } else {
                stored = entityManager.find(Organisation.class, parsed.id());
            }
        }
        Checked checked = stored == null ? checkNew(row, parsed, errors)
                : checkUpdate(row, parsed, stored, errors);
        if (parsed.id() != null && !seen.containsKey(parsed.id())) {
            OrganisationType type = stored != null ? stored.type : parsed.type();
            seen.put(parsed.id(), new Seen(row, type, checked.report().outcome() != RowOutcome.INVALID));
        }
        return checked;
    }

    private Checked checkNew(int row, OrganisationCsv.Parsed parsed, List<FieldError> errors) {
        UUID parentId = parsed.parentId();
        if (parsed.type() != null && !errors.stream().anyMatch(e -> e.field().equals("parentId"))) {
            OrganisationType parentType = null;
            boolean parentKnown = true;
            if (parentId != null) {
                Seen above = seen.get(parentId);
                if (above != null) {
                    if (!above.valid()) {
                        errors.add(new FieldError("parentId", "tổ chức cấp trên ở dòng " + above.row()
                                + " không hợp lệ"));
                        parentKnown = false;
                    }
                    parentType = above.type();
                    // a parent created by a row above lies in the requester's subtree, as that row was checked
                } else {
                    Organisation parent = entityManager.find(Organisation.class, parentId);
                    if (parent == null) {
                        errors.add(new FieldError("parentId", "không có tổ chức đảng với mã này trong hệ thống"
                                + " hay ở một dòng phía trên trong tệp (tổ chức cấp trên phải đứng trước)"));
                        parentKnown = false;
                    } else if (parent.status != OrganisationStatus.ACTIVE) {
                        errors.add(new FieldError("parentId", "tổ chức cấp trên (" + parent.name
                                + ") đã giải thể hoặc hợp nhất"));
                        parentKnown = false;
                    } else {
                        parentType = parent.type;
                        if (!requester.mayWrite(parent.id)) {
                            errors.add(new FieldError("parentId", "cán bộ chỉ được thêm tổ chức đảng vào tổ chức"
                                    + " được giao phụ trách và các tổ chức trực thuộc"));
                        }
                    }
                }
            } else if (!requester.mayWrite(null)) {
                errors.add(new FieldError("parentId", "chỉ quản trị viên được thêm tổ chức cấp cao nhất;"
                        + " hãy ghi mã tổ chức cấp trên"));
            }
            if (parentKnown && !parsed.type().mayBeChildOf(parentType)) {
                errors.add(new FieldError("type", parentType == null
                        ? "chỉ Đảng bộ Khối được là tổ chức cấp cao nhất (không có tổ chức cấp trên)"
                        : parsed.type().label() + " không thể trực thuộc " + parentType.label()));
            }
        }
        if (!errors.isEmpty()) {
            return invalid(row, parsed, errors);
        }
        return new Checked(report(row, parsed, RowOutcome.VALID, null), parsed, true, false, false);
    }

    private Checked checkUpdate(int row, OrganisationCsv.Parsed parsed, Organisation stored,
            List<FieldError> errors) {
        if (!requester.mayWrite(stored.id)) {
            errors.add(new FieldError("id", "tổ chức đảng này (" + stored.name
                    + ") ở ngoài phạm vi cán bộ được giao phụ trách"));
        } else if (stored.status != OrganisationStatus.ACTIVE) {
            errors.add(new FieldError("id", stored.name + " đã giải thể hoặc hợp nhất; không thể cập nhật"));
        } else {
            if (parsed.type() != null && parsed.type() != stored.type) {
                errors.add(new FieldError("type", "không thể đổi loại tổ chức khi nhập tệp (hiện là "
                        + stored.type.label() + ")"));
            }
            if (!errors.stream().anyMatch(e -> e.field().equals("parentId"))
                    && !Objects.equals(parsed.parentId(), stored.parentId)) {
                errors.add(new FieldError("parentId", "khác tổ chức cấp trên hiện tại (" + (stored.parentId == null
                        ? "không có" : stored.parentId) + "); việc nhập tệp không chuyển tổ chức đảng, hãy dùng"
                        + " chức năng chuyển tổ chức (move)"));
            }
        }
        if (!errors.isEmpty()) {
            return invalid(row, parsed, errors);
        }
        List<String> changed = new ArrayList<>();
        if (!parsed.name().equals(stored.name)) {
            changed.add("name");
        }
        if (header.has("shortCode") && !Objects.equals(parsed.shortCode().isEmpty() ? null : parsed.shortCode(),
                stored.shortCode)) {
            changed.add("shortCode");
        }
        boolean termChanges = parsed.term() != null && !parsed.term().equals(stored.term);
        if (termChanges) {
            changed.add("term");
        }
        if (changed.isEmpty()) {
            return new Checked(report(row, parsed, RowOutcome.UNCHANGED, null), parsed, false, false, false);
        }
        boolean rename = changed.contains("name") || changed.contains("shortCode");
        return new Checked(report(row, parsed, RowOutcome.CHANGED, changed), parsed, false, rename, termChanges);
    }

    private static Checked invalid(int row, OrganisationCsv.Parsed parsed, List<FieldError> errors) {
        return new Checked(new OrganisationRow(row, parsed.id(), parsed.name(), RowOutcome.INVALID, errors, null),
                parsed, false, false, false);
    }

    private static OrganisationRow report(int row, OrganisationCsv.Parsed parsed, RowOutcome outcome,
            List<String> changedFields) {
        return new OrganisationRow(row, parsed.id(), parsed.name(), outcome, List.of(), changedFields);
    }
}
