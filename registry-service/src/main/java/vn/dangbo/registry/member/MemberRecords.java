package vn.dangbo.registry.member;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class MemberRecords {

    /** Who sees a member's personal data, as the OpenAPI document says it wherever a member is shown. */
    public static final String PERSONAL_DATA = "nationalId, phone and birthDate (personal data) are given only to an "
            + "admin and to an officer whose subtree holds the member's organisation; to anyone else (a viewer, an "
            + "officer of another subtree) they are absent.";

    private MemberRecords() {
    }

    /**
     * Registers a member record as kept in the member handbook (an existing member or a new admission).
     * {@code birthDate}: {@code 1975-03-12}, or {@code 1975-03} when only the month is known.
     */
    public record RegisterMemberRequest(
            @NotNull UUID organisationId,
            @NotBlank @Size(max = 200) String fullName,
            @NotNull @ValidBirthDate String birthDate,
            @NotNull Sex sex,
            @NotBlank @Size(max = 50) String ethnicity,
            @Size(max = 50) String religion,
            @NotNull @Pattern(regexp = "\\d{12}", message = "phải gồm đúng 12 chữ số") String nationalId,
            @Pattern(regexp = "0\\d{9}", message = "phải gồm 10 chữ số, bắt đầu bằng 0") String phone,
            @Size(max = 20) String partyCardNumber,
            @NotNull @PastOrPresent LocalDate admittedOn,
            @PastOrPresent LocalDate fullMemberOn,
            @Size(max = 200) String jobTitle,
            @Size(max = 300) String workplace,
            @Valid Education education) {

        /** The birth date, once validation has accepted {@code birthDate}. */
        public BirthDate birth() {
            return BirthDate.of(birthDate);
        }
    }

    /** Kết nạp đảng viên: a new probationary member, by the decision of the higher committee. */
    public record AdmissionRequest(
            @NotNull UUID organisationId,
            @NotBlank @Size(max = 200) String fullName,
            @NotNull @ValidBirthDate String birthDate,
            @NotNull Sex sex,
            @NotBlank @Size(max = 50) String ethnicity,
            @Size(max = 50) String religion,
            @NotNull @Pattern(regexp = "\\d{12}", message = "phải gồm đúng 12 chữ số") String nationalId,
            @Pattern(regexp = "0\\d{9}", message = "phải gồm 10 chữ số, bắt đầu bằng 0") String phone,
            @NotNull @PastOrPresent LocalDate admittedOn,
            @NotBlank @Size(max = 200) String decisionReference,
            @Size(max = 200) String jobTitle,
            @Size(max = 300) String workplace,
            @Valid Education education) {

        RegisterMemberRequest asRegistration() {
            return new RegisterMemberRequest(organisationId, fullName, birthDate, sex, ethnicity, religion, nationalId,
                    phone, null, admittedOn, null, jobTitle, workplace, education);
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

    /**
     * Gives a member a position in a party body (chức vụ Đảng): the body is the committee or cell whose position
     * it is; {@code endedOn} for a position already ended (a past one recorded now).
     */
    public record AssignPositionRequest(
            @NotNull PositionRole role,
            @NotNull UUID organisationId,
            @NotNull @PastOrPresent(message = "không được sau ngày hôm nay") LocalDate startedOn,
            @PastOrPresent(message = "không được sau ngày hôm nay") LocalDate endedOn,
            @Size(max = 200) String decisionReference) {
    }

    /** Ends a position: the first day it is no longer held. */
    public record EndPositionRequest(
            @NotNull @PastOrPresent(message = "không được sau ngày hôm nay") LocalDate endedOn,
            @Size(max = 200) String decisionReference) {
    }

    /** A position in a party body; {@code current} while it has no end. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PositionResponse(UUID id, PositionRole role, UUID organisationId, LocalDate startedOn,
            LocalDate endedOn, boolean current, String decisionReference, String endDecisionReference) {

        static PositionResponse of(MemberPosition p) {
            return new PositionResponse(p.id, p.role, p.organisationId, p.startedOn, p.endedOn, p.current(),
                    p.decisionReference, p.endDecisionReference);
        }
    }

    /** A position of a party body with its holder, as the body's list of positions shows it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BodyPositionResponse(UUID positionId, UUID memberId, String fullName, PositionRole role,
            LocalDate startedOn, LocalDate endedOn, String decisionReference) {

        static BodyPositionResponse of(MemberPosition p) {
            return new BodyPositionResponse(p.id, p.member.id, p.member.fullName, p.role, p.startedOn, p.endedOn,
                    p.decisionReference);
        }
    }

    /**
     * National ID, phone and the birth date are present only to those who may see this member's personal data (an
     * admin; an officer whose subtree holds the member's organisation; never a viewer), else absent. The birth
     * date is {@code 1975-03-12}, or {@code 1975-03} when only the month is known; {@code positions} holds every
     * position in party bodies, current and past, in the order they started.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MemberResponse(UUID id, UUID organisationId, String fullName, String birthDate, Sex sex,
            String ethnicity, String religion, String nationalId, String phone, String partyCardNumber,
            LocalDate admittedOn, LocalDate fullMemberOn, MemberStatus status, Standing state,
            LifecycleStep leftReason, LocalDate leftOn, UUID attachedTo, Boolean exempted, String jobTitle,
            String workplace, Education education, List<PositionResponse> positions, long version) {

        public static MemberResponse of(Member m, boolean personalData) {
            return new MemberResponse(m.id, m.organisationId, m.fullName, personalData ? m.birth().toString() : null,
                    m.sex, m.ethnicity, m.religion, personalData ? m.nationalId : null, personalData ? m.phone : null,
                    m.partyCardNumber, m.admittedOn, m.fullMemberOn, m.status, m.standing, m.leftReason, m.leftOn,
                    m.attachedTo, m.exempted, m.jobTitle, m.workplace, m.education(),
                    m.positionsInOrder().stream().map(PositionResponse::of).toList(), m.version);
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
