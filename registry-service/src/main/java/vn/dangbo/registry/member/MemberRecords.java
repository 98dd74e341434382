package vn.dangbo.registry.member;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

public final class MemberRecords {

    private MemberRecords() {
    }

    /** Registers a member record as kept in the member handbook (an existing member or a new admission). */
    public record RegisterMemberRequest(
            @NotNull UUID organisationId,
            @NotBlank @Size(max = 200) String fullName,
            @NotNull @Past LocalDate birthDate,
            @NotNull Sex sex,
            @NotBlank @Size(max = 50) String ethnicity,
            @Size(max = 50) String religion,
            @NotNull @Pattern(regexp = "\\d{12}", message = "phải gồm đúng 12 chữ số") String nationalId,
            @Pattern(regexp = "0\\d{9}", message = "phải gồm 10 chữ số, bắt đầu bằng 0") String phone,
            @Size(max = 20) String partyCardNumber,
            @NotNull @PastOrPresent LocalDate admittedOn,
            @PastOrPresent LocalDate fullMemberOn,
            @Size(max = 200) String jobTitle,
            @Size(max = 300) String workplace) {
    }

    /** Kết nạp đảng viên: a new probationary member, by the decision of the higher committee. */
    public record AdmissionRequest(
            @NotNull UUID organisationId,
            @NotBlank @Size(max = 200) String fullName,
            @NotNull @Past LocalDate birthDate,
            @NotNull Sex sex,
            @NotBlank @Size(max = 50) String ethnicity,
            @Size(max = 50) String religion,
            @NotNull @Pattern(regexp = "\\d{12}", message = "phải gồm đúng 12 chữ số") String nationalId,
            @Pattern(regexp = "0\\d{9}", message = "phải gồm 10 chữ số, bắt đầu bằng 0") String phone,
            @NotNull @PastOrPresent LocalDate admittedOn,
            @NotBlank @Size(max = 200) String decisionReference,
            @Size(max = 200) String jobTitle,
            @Size(max = 300) String workplace) {

        RegisterMemberRequest asRegistration() {
            return new RegisterMemberRequest(organisationId, fullName, birthDate, sex, ethnicity, religion, nationalId,
                    phone, null, admittedOn, null, jobTitle, workplace);
        }
    }

    /** A lifecycle step: its effective date and the decision that made it (e.g. "Quyết định số 12-QĐ/ĐUK"). */
    public record LifecycleStepRequest(
            @NotNull @PastOrPresent LocalDate effectiveDate,
            @NotBlank @Size(max = 200) String decisionReference) {
    }

    /** A transfer or a temporary attachment: to which cell. */
    public record MoveToCellRequest(
            @NotNull UUID toOrganisationId,
            @NotNull @PastOrPresent LocalDate effectiveDate,
            @NotBlank @Size(max = 200) String decisionReference) {
    }

    /** National ID, phone and full birth date are present only for roles allowed to see personal data. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MemberResponse(UUID id, UUID organisationId, String fullName, LocalDate birthDate, Sex sex,
            String ethnicity, String religion, String nationalId, String phone, String partyCardNumber,
            LocalDate admittedOn, LocalDate fullMemberOn, MemberStatus status, Standing state,
            LifecycleStep leftReason, LocalDate leftOn, UUID attachedTo, Boolean exempted, String jobTitle,
            String workplace, long version) {

        public static MemberResponse of(Member m, boolean personalData) {
            return new MemberResponse(m.id, m.organisationId, m.fullName, personalData ? m.birthDate : null, m.sex,
                    m.ethnicity, m.religion, personalData ? m.nationalId : null, personalData ? m.phone : null,
                    m.partyCardNumber, m.admittedOn, m.fullMemberOn, m.status, m.standing, m.leftReason, m.leftOn,
                    m.attachedTo, m.exempted, m.jobTitle, m.workplace, m.version);
        }
    }

    public record HistoryEntryResponse(long sequence, LifecycleStep kind, LocalDate effectiveDate,
            String decisionReference, UUID organisationId, UUID attachedTo, OffsetDateTime recordedAt,
            String recordedBy) {

        static HistoryEntryResponse of(MemberHistoryEntry e) {
            return new HistoryEntryResponse(e.id, e.kind, e.effectiveDate, e.decisionReference, e.organisationId,
                    e.attachedTo, e.recordedAt, e.recordedBy);
        }
    }

    /** The members reaching one badge (Huy hiệu N năm tuổi Đảng) within a period. */
    public record BadgeGroup(int years, String badge, java.util.List<BadgeCandidate> members) {
    }

    public record BadgeCandidate(UUID id, String fullName, UUID organisationId, LocalDate admittedOn,
            LocalDate reachesOn) {
    }

    /** A page of a search; {@code nextCursor} is null on the last page. */
    public record MemberPage(java.util.List<MemberResponse> items, String nextCursor) {
    }

    /** The counts of {@link MemberCounting} for one organisation (or its subtree) on one date. */
    public record CountsResponse(UUID organisationId, LocalDate date, String scope, int total, int full,
            int probationary, Map<Sex, Integer> bySex, int kinh, int ethnicMinorities, Map<String, Integer> byAgeBand,
            Integer electionBase) {
    }
}
