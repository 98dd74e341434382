package vn.dangbo.registry.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "member")
public class Member {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Column(nullable = false)
    public String ethnicity;

    public String religion;

    @Column(name = "national_id", nullable = false, unique = true)
    public String nationalId;

    public String phone;

    @Column(name = "party_card_number", unique = true)
    public String partyCardNumber;

    @Column(name = "admitted_on", nullable = false)
    public LocalDate admittedOn;

    @Column(name = "full_member_on")
    public LocalDate fullMemberOn;

    @Column(name = "job_title")
    public String jobTitle;

    public String workplace;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberStatus status;

    @Version
    public long version;
}
