package vn.dangbo.demodata;

import java.time.LocalDate;

/** A member while its unit is being built (the job title is set last). */
final class MemberDraft {

    /** Where a member stands on the cell's list: leaders first. */
    static final int RANK_HEAD = 0;
    static final int RANK_DEPUTY = 1;
    static final int RANK_UNIT_HEAD = 2;
    static final int RANK_UNIT_DEPUTY = 3;
    static final int RANK_STAFF = 9;

    int seq;
    int rank = RANK_STAFF;
    String fullName;
    LocalDate birthDate;
    boolean male;
    String ethnicity;
    String religion;
    String nationalId;
    String phone;
    String partyCard;
    LocalDate admittedOn;
    LocalDate fullMemberOn;
    String jobTitle;
}
