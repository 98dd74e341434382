package vn.dangbo.registry.member;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The member events of {@code registry.members.v1}: the member's public state after the change. National
 * ID, phone and the full birth date never appear here; the birth month is enough for eligibility rules.
 */
public final class MemberEvents {

    public static final String TOPIC = "registry.members.v1";
    public static final String REGISTERED = "vn.dangbo.registry.member.registered.v1";
    public static final String MADE_FULL = "vn.dangbo.registry.member.made-full.v1";

    private MemberEvents() {
    }

    public record MemberState(UUID id, UUID organisationId, String fullName, String sex, String birthMonth,
            String ethnicity, String status, LocalDate admittedOn, LocalDate fullMemberOn, long version) {
    }

    public record Registered(MemberState member) {
    }

    /** Công nhận đảng viên chính thức, by a cell vote and the higher committee's decision. */
    public record MadeFull(MemberState member, LocalDate effectiveDate, String decisionReference) {
    }

    static MemberState state(Member m) {
        String birthMonth = String.format("%04d-%02d", m.birthDate.getYear(), m.birthDate.getMonthValue());
        return new MemberState(m.id, m.organisationId, m.fullName, m.sex.name(), birthMonth, m.ethnicity,
                m.status.name(), m.admittedOn, m.fullMemberOn, m.version);
    }
}
