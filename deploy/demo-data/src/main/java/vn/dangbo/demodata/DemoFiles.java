package vn.dangbo.demodata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The demo data set as the two CSV files an office would upload to the registry: the organisation file
 * ({@code POST /imports/organisations}) and the member file ({@code POST /imports/members}).
 */
public final class DemoFiles {

    static final List<String> ORGANISATION_COLUMNS = List.of("id", "parentId", "type", "name", "shortCode", "term");
    static final List<String> MEMBER_COLUMNS = List.of("organisationId", "fullName", "birthDate", "sex",
            "ethnicity", "religion", "nationalId", "phone", "partyCardNumber", "admittedOn", "fullMemberOn",
            "jobTitle", "workplace");

    /** Probation lasts 12 months (Điều lệ Đảng, art. 5): the registry refuses an earlier full membership. */
    private static final int PROBATION_MONTHS = 12;

    private DemoFiles() {
    }

    /**
     * The registry id of a data set key. The organisation file gives each organisation this id, so the local
     * stack can print an officer token for the office committee without asking the registry.
     */
    public static UUID idOf(String key) {
        return UUID.nameUUIDFromBytes(("dangbo-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The organisation file: parents before their children, as the import requires. */
    public static String organisations(DemoDataset dataset) {
        StringBuilder csv = new StringBuilder();
        line(csv, ORGANISATION_COLUMNS);
        for (DemoOrganisation o : dataset.organisations()) {
            String parentId = o.parentKey() == null ? null : idOf(o.parentKey()).toString();
            line(csv, Arrays.asList(idOf(o.key()).toString(), parentId, o.type(), o.name(), o.shortCode(), o.term()));
        }
        return csv.toString();
    }

    /** The member file, with the organisation ids of {@link #organisations}. */
    public static String members(DemoDataset dataset) {
        StringBuilder csv = new StringBuilder();
        line(csv, MEMBER_COLUMNS);
        for (DemoMember m : dataset.members()) {
            LocalDate fullMemberOn = fullMemberOn(m);
            line(csv, Arrays.asList(idOf(m.organisationKey()).toString(), m.fullName(), m.birthDate().toString(),
                    m.sex(), m.ethnicity(), m.religion(), m.nationalId(), m.phone(), m.partyCardNumber(),
                    m.admittedOn().toString(), fullMemberOn == null ? null : fullMemberOn.toString(), m.jobTitle(),
                    m.workplace()));
        }
        return csv.toString();
    }

    /** Never before the end of probation, which the registry would refuse. */
    static LocalDate fullMemberOn(DemoMember m) {
        if (m.fullMemberOn() == null) {
            return null;
        }
        LocalDate earliest = m.admittedOn().plusMonths(PROBATION_MONTHS);
        return m.fullMemberOn().isBefore(earliest) ? earliest : m.fullMemberOn();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * Empty for null; RFC 4180: a field holding a separator, a quote or a line break is quoted
     * ("Phòng Tổng hợp, quy hoạch").
     */
    static String quoted(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
