package vn.dangbo.emulation.gathering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.gathering.ProgrammeRules.ArtsEntry;
import vn.dangbo.emulation.gathering.ProgrammeRules.Item;
import vn.dangbo.emulation.gathering.ProgrammeRules.Part;

class ProgrammeRulesTest {

    @Test
    void theSixthArtsItemIsRefusedNamingTheMaximum() {
        assertEquals(Optional.empty(), ProgrammeRules.artsItemRefusal(4, 5));
        assertEquals(Optional.of("Chương trình văn nghệ chỉ có tối đa 5 tiết mục theo kế hoạch (đã có 5 tiết mục)"),
                ProgrammeRules.artsItemRefusal(5, 5));
    }

    @Test
    void theItemsFollowThePartsWithTheArtsTheLetterAndTheRecipientsFilledIn() {
        List<Item> items = ProgrammeRules.items(
                List.of(new Part("ARTS", "Văn nghệ"), new Part("OPENING", "Khai mạc"), new Part("LETTER", "Đọc thư"),
                        new Part("AWARDS", "Trao thưởng"), new Part("CLOSING", "Bế mạc")),
                List.of(new ArtsEntry("Múa Xòe", null), new ArtsEntry("Hát Quê hương", "Chi bộ Sở Y tế"),
                        new ArtsEntry("Đàn tính", "Đoàn Thanh niên Khối")),
                "Đoàn Thanh niên Khối", "Thư chúc mừng", "Đồng chí Chánh Văn phòng",
                List.of("Chi bộ Sở Tư pháp", "Nguyễn Thị An - Chi bộ Sở Xây dựng"));
        assertEquals(List.of(
                new Item(1, "ARTS", "Văn nghệ", "Đoàn Thanh niên Khối",
                        List.of("Múa Xòe", "Hát Quê hương - Chi bộ Sở Y tế", "Đàn tính")),
                new Item(2, "OPENING", "Khai mạc", null, List.of()),
                new Item(3, "LETTER", "Đọc thư", "Đồng chí Chánh Văn phòng", List.of("Thư chúc mừng")),
                new Item(4, "AWARDS", "Trao thưởng", null,
                        List.of("Chi bộ Sở Tư pháp", "Nguyễn Thị An - Chi bộ Sở Xây dựng")),
                new Item(5, "CLOSING", "Bế mạc", null, List.of())), items);
    }

    @Test
    void aMemberIsReadWithTheirOrganisationACollectiveByItsName() {
        assertEquals("Nguyễn Thị An - Chi bộ Sở Xây dựng",
                ProgrammeRules.recipientLine("Nguyễn Thị An", true, "Chi bộ Sở Xây dựng"));
        assertEquals("Chi bộ Sở Tư pháp", ProgrammeRules.recipientLine("Chi bộ Sở Tư pháp", false, "Chi bộ Sở Tư pháp"));
    }

    @Test
    void fewerArtsItemsThanPlannedOrNoRecipientWarn() {
        assertEquals(List.of("Chương trình văn nghệ mới có 3 trên 5 tiết mục theo kế hoạch",
                "Chưa có tập thể, cá nhân nào được khen thưởng để trao tại buổi gặp mặt"),
                ProgrammeRules.warnings(3, 5, 0));
        assertEquals(List.of(), ProgrammeRules.warnings(5, 5, 85));
    }

    @Test
    void thePartsHoldTheArtsTheLetterAndTheAwardsOnceEachAndKnownKinds() {
        assertEquals(List.of(), ProgrammeRules.partProblems(List.of(new Part("ARTS", "a"), new Part("LETTER", "b"),
                new Part("AWARDS", "c"))));
        assertEquals(List.of("programme.parts[1].kind: phải là một trong OPENING, ARTS, SPEECH, LETTER, AWARDS,"
                        + " CLOSING, OTHER", "programme.parts[2].title: không được để trống",
                        "programme.parts: phần ARTS phải có đúng một lần (có 2)",
                        "programme.parts: phần AWARDS phải có đúng một lần (có 0)"),
                ProgrammeRules.partProblems(List.of(new Part("ARTS", "a"), new Part("DANCE", "x"),
                        new Part("ARTS", " "), new Part("LETTER", "b"))));
    }
}
