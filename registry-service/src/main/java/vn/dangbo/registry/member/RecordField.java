package vn.dangbo.registry.member;

import static vn.dangbo.kit.text.VietnameseText.nfcStripped;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.dangbo.registry.member.MemberRecords.RegisterMemberRequest;

/**
 * A field of a member's record (the handbook data a registration sets and a re-imported file may correct), named
 * as in the API and as the file's column: the value stored, the request's value as it would be stored (text NFC,
 * blank education parts null), and how it is stored. The birth date compares with its precision (a full date
 * replacing a month-only one is a change); the education parts are fields of their own. The national ID and the
 * lifecycle data (organisation, admission and full-membership dates) are not record fields: they identify the
 * member or come from the history.
 */
record RecordField<T>(String name, Function<Member, T> stored, Function<RegisterMemberRequest, T> requested,
        BiConsumer<Member, T> store) {

    /** Every record field, in alphabetical order of name (the order changed fields are reported in). */
    static final List<RecordField<?>> ALL = Stream.<RecordField<?>>of(
            new RecordField<>("birthDate", Member::birth, RegisterMemberRequest::birth, Member::setBirth),
            new RecordField<>("ethnicity", m -> m.ethnicity, r -> nfcStripped(r.ethnicity()), (m, v) -> m.ethnicity = v),
            new RecordField<>("fullName", m -> m.fullName, r -> nfcStripped(r.fullName()), (m, v) -> m.fullName = v),
            new RecordField<>("generalEducation", m -> m.generalEducation,
                    r -> education(r).generalEducation(), (m, v) -> m.generalEducation = v),
            new RecordField<>("jobTitle", m -> m.jobTitle, r -> nfcStripped(r.jobTitle()), (m, v) -> m.jobTitle = v),
            new RecordField<>("partyCardNumber", m -> m.partyCardNumber, RegisterMemberRequest::partyCardNumber,
                    (m, v) -> m.partyCardNumber = v),
            new RecordField<>("phone", m -> m.phone, RegisterMemberRequest::phone, (m, v) -> m.phone = v),
            new RecordField<>("politicalTheory", m -> m.politicalTheory, r -> education(r).politicalTheory(),
                    (m, v) -> m.politicalTheory = v),
            new RecordField<>("professionalQualification", m -> m.professionalQualification,
                    r -> education(r).professionalQualification(), (m, v) -> m.professionalQualification = v),
            new RecordField<>("religion", m -> m.religion, r -> nfcStripped(r.religion()), (m, v) -> m.religion = v),
            new RecordField<>("sex", m -> m.sex, RegisterMemberRequest::sex, (m, v) -> m.sex = v),
            new RecordField<>("workplace", m -> m.workplace, r -> nfcStripped(r.workplace()), (m, v) -> m.workplace = v))
            .sorted(Comparator.comparing(RecordField::name)).toList();

    /** Whether the request would change what the member's record holds. */
    boolean differs(Member member, RegisterMemberRequest request) {
        return !Objects.equals(stored.apply(member), requested.apply(request));
    }

    /** Stores the request's value on the member's record. */
    void copy(RegisterMemberRequest request, Member member) {
        store.accept(member, requested.apply(request));
    }

    /** The request's education as stored: blank parts null, text NFC. */
    private static Education education(RegisterMemberRequest request) {
        return request.education() == null ? Education.NONE : request.education().normalised();
    }
}
