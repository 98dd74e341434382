package vn.dangbo.demodata;

import java.time.LocalDate;

/**
 * One party member of the demo data set. All strings are NFC.
 *
 * @param key             stable key ("m-000123")
 * @param organisationKey the cell or grassroots cell the member belongs to (never a committee)
 * @param fullName        Vietnamese full name, e.g. "Nguyễn Thị Thu Hương"
 * @param birthDate       date of birth
 * @param sex             "MALE" or "FEMALE"
 * @param ethnicity       "Kinh", "Tày", "Mông", "Dao", ...
 * @param religion        "Không" for most members
 * @param nationalId      12-digit CCCD number (province code, century/sex digit, birth year, serial); unique
 * @param phone           10-digit mobile number starting 03/05/07/08/09; unique
 * @param partyCardNumber 8-digit party card number; unique
 * @param admittedOn      date of the admission ceremony
 * @param fullMemberOn    date recognised as full member; {@code null} = probationary member
 * @param jobTitle        job title in the agency ("Chuyên viên", "Trưởng phòng", "Kỹ sư", ...)
 * @param workplace       the agency or enterprise ("Sở Tài chính", "Công ty Điện lực Lào Cai", ...)
 */
public record DemoMember(
        String key,
        String organisationKey,
        String fullName,
        LocalDate birthDate,
        String sex,
        String ethnicity,
        String religion,
        String nationalId,
        String phone,
        String partyCardNumber,
        LocalDate admittedOn,
        LocalDate fullMemberOn,
        String jobTitle,
        String workplace) {

    /** @return {@code true} when the member has not yet been made a full member */
    public boolean probationary() {
        return fullMemberOn == null;
    }
}
