package vn.dangbo.registry.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.registry.exchange.MemberCsv;
import vn.dangbo.registry.member.MemberRecords.RegisterMemberRequest;

/** The record fields a registration stores and a re-imported file compares: one list for both. */
class RecordFieldTest {

    private static RegisterMemberRequest request(String fullName, String birthDate, String workplace,
            Education education) {
        return new RegisterMemberRequest(UUID.randomUUID(), fullName, birthDate, Sex.FEMALE, "Kinh", null,
                "001085012345", "0912345678", "TD123", LocalDate.of(2010, 5, 19), null, "Chuyên viên", workplace,
                education);
    }

    @Test
    void aRowAsItWasRegisteredChangesNothingEvenWrittenInAnotherUnicodeFormOrWithBlanks() {
        Member stored = MemberRegistration.newMember(UUID.randomUUID(), request("Nguyễn Thị Hoà", "1985-04",
                "Sở Tài chính", new Education("12/12", " ", PoliticalTheory.TRUNG_CAP)));
        RegisterMemberRequest again = request(" Nguye\u0302\u0303n Thi\u0323 Hoa\u0300 ", "1985-04", "Sở Tài chính ",
                new Education("12/12", null, PoliticalTheory.TRUNG_CAP));
        assertEquals(List.of(), RecordField.ALL.stream().filter(f -> f.differs(stored, again)).toList());
    }

    @Test
    void aChangedFieldIsFoundAndStoredAsARegistrationWouldStoreIt() {
        Member stored = MemberRegistration.newMember(UUID.randomUUID(), request("Nguyễn Thị Hoà", "1985-04",
                "Sở Tài chính", null));
        RegisterMemberRequest corrected = request("Nguyễn Thị Hoà", "1985-04-12", "Sở Công Thương", null);
        List<RecordField<?>> changed = RecordField.ALL.stream().filter(f -> f.differs(stored, corrected)).toList();
        assertEquals(List.of("birthDate", "workplace"), changed.stream().map(RecordField::name).toList());
        changed.forEach(f -> f.copy(corrected, stored));
        assertEquals(BirthDate.of("1985-04-12"), stored.birth());
        assertEquals("Sở Công Thương", stored.workplace);
    }

    @Test
    void everyRecordFieldIsAColumnOfTheMemberFileSoAReImportCanCorrectIt() {
        for (RecordField<?> field : RecordField.ALL) {
            assertTrue(MemberCsv.COLUMNS.contains(field.name()), field.name());
        }
        List<String> names = RecordField.ALL.stream().map(RecordField::name).toList();
        assertEquals(names.stream().sorted().distinct().toList(), names, "alphabetical, each once");
    }
}
