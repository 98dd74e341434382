package vn.dangbo.registry.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.kit.web.Problem.FieldError;
import vn.dangbo.registry.member.PoliticalTheory;

class MemberCsvTest {

    private static final MemberCsv.Header HEADER = MemberCsv.header(List.of("organisationId", "fullName", "birthDate",
            "sex", "ethnicity", "nationalId", "admittedOn", "generalEducation", "professionalQualification",
            "politicalTheory"));

    private static MemberCsv.Parsed row(String birthDate, String general, String professional, String theory) {
        return MemberCsv.parse(HEADER, List.of("6f1c2f0e-8a3b-4a53-9d55-3a0f4b2f1c11", "Nguyễn Văn An", birthDate, "Nam",
                "Kinh", "001080000001", "2010-05-19", general, professional, theory));
    }

    @Test
    void aBirthDateIsAFullDateOrOnlyTheMonthInEveryUsualForm() {
        assertTrue(HEADER.errors().isEmpty(), HEADER.errors().toString());
        for (String month : List.of("1975-03", "03/1975", "3/1975")) {
            assertEquals("1975-03", row(month, "", "", "").request().birthDate(), month);
        }
        for (String day : List.of("1975-03-12", "12/3/1975", "12/03/1975")) {
            assertEquals("1975-03-12", row(day, "", "", "").request().birthDate(), day);
        }
        for (String bad : List.of("13/1975", "31/2/1975", "1975", "tháng 3")) {
            MemberCsv.Parsed parsed = row(bad, "", "", "");
            assertNull(parsed.request().birthDate(), bad);
            assertEquals("birthDate", parsed.errors().get(0).field(), bad);
            assertTrue(parsed.errors().get(0).message().contains("3/1975"), parsed.errors().get(0).message());
        }
    }

    @Test
    void politicalTheoryIsTheCodeOrTheVietnameseWordWithOrWithoutDiacritics() {
        for (String theory : List.of("TRUNG_CAP", "Trung cấp", "trung cap", "TRUNG CẤP")) {
            assertEquals(PoliticalTheory.TRUNG_CAP, row("1975-03", "", "", theory).request().education().politicalTheory(),
                    theory);
        }
        assertEquals(PoliticalTheory.CU_NHAN, row("1975-03", "", "", "Cử nhân").request().education().politicalTheory());
        MemberCsv.Parsed parsed = row("1975-03", "12/12", "Thạc sĩ Kinh tế", "Tiến sĩ");
        assertEquals(List.of("politicalTheory"), parsed.errors().stream().map(FieldError::field).toList());
        assertTrue(parsed.errors().get(0).message().contains("Trung cấp (TRUNG_CAP)"), parsed.errors().get(0).message());
        assertEquals("12/12", parsed.request().education().generalEducation());
        assertEquals("Thạc sĩ Kinh tế", parsed.request().education().professionalQualification());
    }

    @Test
    void aFileWithoutEducationColumnsLeavesTheEducationOutAndTooLongTextIsAnError() {
        MemberCsv.Header plain = MemberCsv.header(List.of("organisationId", "fullName", "birthDate", "sex", "ethnicity",
                "nationalId", "admittedOn"));
        assertNull(MemberCsv.parse(plain, List.of("6f1c2f0e-8a3b-4a53-9d55-3a0f4b2f1c11", "Nguyễn Văn An", "1975-03-12",
                "Nam", "Kinh", "001080000001", "2010-05-19")).request().education());
        MemberCsv.Parsed parsed = row("1975-03", "1".repeat(31), "", "");
        assertEquals("generalEducation", parsed.errors().get(0).field());
        assertNull(parsed.request().education().generalEducation());
    }
}
