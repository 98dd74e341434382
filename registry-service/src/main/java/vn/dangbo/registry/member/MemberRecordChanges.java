package vn.dangbo.registry.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.dangbo.kit.web.Problem.FieldError;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.member.MemberRecords.MemberResponse;
import vn.dangbo.registry.member.MemberRecords.RegisterMemberRequest;

/**
 * A re-imported file corrects the records of members already on the list: what a row would change (its
 * {@link RecordField}s that differ) and the change itself, with its updated event and audit entry.
 */
@ApplicationScoped
public class MemberRecordChanges {

    private final MemberRepository members;
    private final MemberChanges changes;

    public MemberRecordChanges(MemberRepository members, MemberChanges changes) {
        this.members = members;
        this.changes = changes;
    }

    /**
     * What a registration row would do to the member with its national ID: the record fields it changes
     * (alphabetical) and the problems that refuse it. Only the fields of {@code columns} (those the file has)
     * count; the lifecycle data (organisation, admission and full-membership dates) is never changed this way,
     * so a row that differs there is refused with the lifecycle step to use instead.
     */
    public record RecordChange(List<String> changedFields, List<FieldError> problems) {
    }

    public RecordChange recordChange(Member stored, RegisterMemberRequest request, Set<String> columns) {
        List<FieldError> problems = new ArrayList<>();
        if (!stored.organisationId.equals(request.organisationId())) {
            problems.add(new FieldError("organisationId", "Đảng viên đã ở tổ chức khác; dùng thủ tục chuyển sinh hoạt"));
        }
        if (!stored.admittedOn.equals(request.admittedOn())) {
            problems.add(new FieldError("admittedOn", "ngày vào Đảng khác với hồ sơ ("
                    + stored.admittedOn + "); nhập tệp không sửa dữ liệu quá trình sinh hoạt đảng"));
        }
        if (columns.contains("fullMemberOn") && !Objects.equals(stored.fullMemberOn, request.fullMemberOn())) {
            problems.add(new FieldError("fullMemberOn", stored.fullMemberOn == null
                    ? "Đảng viên còn dự bị trong hồ sơ; dùng thủ tục công nhận đảng viên chính thức"
                    : "ngày chính thức khác với hồ sơ (" + stored.fullMemberOn
                            + "); nhập tệp không sửa dữ liệu quá trình sinh hoạt đảng"));
        }
        List<String> changed = changedFields(stored, request, columns).stream().map(RecordField::name).toList();
        if (changed.contains("birthDate")) {
            MembershipRules.admissionAgeProblem(request.birth(), stored.admittedOn)
                    .ifPresent(p -> problems.add(new FieldError("birthDate", p)));
        }
        if (changed.contains("partyCardNumber")
                && members.partyCardTakenByOther(request.partyCardNumber(), stored.id)) {
            problems.add(new FieldError("partyCardNumber", "số thẻ đảng đã được cấp cho đảng viên khác"));
        }
        return new RecordChange(changed, problems);
    }

    /**
     * Updates the record of the member with the row's national ID on behalf of {@code actor} (an import job):
     * the changed fields only, with the updated event and the audit entry; nothing when nothing changed.
     *
     * @return the fields changed (empty when the row matches the record)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> updateRecordFor(String actor, RegisterMemberRequest request, Set<String> columns) {
        Member member = members.byNationalId(request.nationalId()).orElseThrow(() -> ProblemException.notFound(
                "Không có đảng viên với số CCCD " + request.nationalId()));
        RecordChange change = recordChange(member, request, columns);
        if (!change.problems().isEmpty()) {
            FieldError first = change.problems().get(0);
            throw ProblemException.ruleViolated(member.fullName + ": " + first.message(), first.field());
        }
        if (change.changedFields().isEmpty()) {
            return List.of();
        }
        MemberResponse before = MemberResponse.of(member, true);
        for (RecordField<?> field : changedFields(member, request, columns)) {
            field.copy(request, member);
        }
        changes.record(member, MemberEvents.UPDATED, () -> new MemberEvents.Updated(MemberEvents.state(member),
                change.changedFields()), "UPDATED", before, actor);
        return change.changedFields();
    }

    /** The record fields of the file ({@code columns}) whose value differs from the stored one, alphabetical. */
    private static List<RecordField<?>> changedFields(Member stored, RegisterMemberRequest request,
            Set<String> columns) {
        return RecordField.ALL.stream().filter(f -> columns.contains(f.name()) && f.differs(stored, request))
                .toList();
    }
}
