package vn.dangbo.registry.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import vn.dangbo.kit.text.VietnameseText;

@Entity
@Table(name = "member")
// only the changed columns: organisation_path is also rewritten by the database when an organisation moves
@org.hibernate.annotations.DynamicUpdate
public class Member {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    /** The path of the member's cell (organisation.path): subtree filters are a prefix condition on it. */
    @Column(name = "organisation_path", nullable = false)
    public String organisationPath;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    /** The first of the month when only the month is known ({@link #birthDatePrecision} MONTH). */
    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "birth_date_precision", nullable = false)
    public BirthDate.Precision birthDatePrecision = BirthDate.Precision.DAY;

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

    /** Trình độ giáo dục phổ thông, e.g. "12/12". */
    @Column(name = "general_education")
    public String generalEducation;

    /** Trình độ chuyên môn nghiệp vụ, e.g. "Thạc sĩ Kinh tế". */
    @Column(name = "professional_qualification")
    public String professionalQualification;

    /** Trình độ lý luận chính trị. */
    @Enumerated(EnumType.STRING)
    @Column(name = "political_theory")
    public PoliticalTheory politicalTheory;

    /** Chức vụ Đảng, current and past, in the order they started; written through {@link MemberPosition} rows. */
    @OneToMany(mappedBy = "member")
    @OrderBy("startedOn, recordedAt")
    @BatchSize(size = 500)
    @OptimisticLock(excluded = true) // a position change raises the version explicitly, once
    public List<MemberPosition> positions = new ArrayList<>();

    /** The positions in the order they started (a position just added is last in {@link #positions}). */
    public List<MemberPosition> positionsInOrder() {
        return positions.stream().sorted(java.util.Comparator.comparing((MemberPosition p) -> p.startedOn)
                .thenComparing(p -> p.recordedAt)).toList();
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberStatus status;

    /** Derived from the history (member_event): ACTIVE while on the list. */
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    public Standing standing = Standing.ACTIVE;

    @Enumerated(EnumType.STRING)
    @Column(name = "left_reason")
    public LifecycleStep leftReason;

    @Column(name = "left_on")
    public LocalDate leftOn;

    /** The cell where the member temporarily takes part (sinh hoạt tạm thời), if any. */
    @Column(name = "attached_to")
    public UUID attachedTo;

    /** Miễn sinh hoạt đảng. */
    @Column(nullable = false)
    public boolean exempted;

    /** {@link VietnameseText#fold} of the full name: "nguyen van duc" finds "Nguyễn Văn Đức". */
    @Column(name = "name_search")
    public String nameSearch;

    /** {@link VietnameseText#sortKey} of the full name: Vietnamese list order by byte comparison. */
    @Column(name = "sort_key")
    public String sortKey;

    @Version
    public long version;

    public BirthDate birth() {
        return new BirthDate(birthDate, birthDatePrecision);
    }

    public void setBirth(BirthDate birth) {
        birthDate = birth.date();
        birthDatePrecision = birth.precision();
    }

    public Education education() {
        return Education.of(this);
    }

    @PrePersist
    @PreUpdate
    void deriveSearchColumns() {
        nameSearch = VietnameseText.fold(fullName);
        sortKey = VietnameseText.sortKey(fullName);
    }

    /** Copies the state derived from the history onto the row that queries read. */
    void take(MemberLifecycle.Snapshot state) {
        organisationId = state.organisationId();
        status = state.status();
        fullMemberOn = state.fullMemberOn();
        standing = state.standing();
        leftReason = state.leftReason();
        leftOn = state.leftOn();
        attachedTo = state.attachedTo();
        exempted = state.exempted();
    }
}
