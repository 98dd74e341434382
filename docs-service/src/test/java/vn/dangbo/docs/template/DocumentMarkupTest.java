package vn.dangbo.docs.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.rendering.Heading;
import vn.dangbo.docs.rendering.Orientation;
import vn.dangbo.docs.rendering.Paragraph;
import vn.dangbo.docs.rendering.Run;
import vn.dangbo.docs.rendering.Table;

/** The line markup templates render: what each line becomes in the document. */
class DocumentMarkupTest {

    @Test
    void directivesHeadingsParagraphsAndTablesBecomeTheDocument() {
        DocumentDraft d = DocumentMarkup.parse("""
                @type QUYẾT ĐỊNH
                @summary Về việc thành lập Ban kiểm phiếu
                @landscape
                # I. THÀNH PHẦN
                > **QUYẾT ĐỊNH**
                **Điều 1.** Thành lập *Ban kiểm phiếu* gồm:

                @widths 1 6
                | TT | Họ và tên |
                |---|---|
                | 1 | Lê Thị Hằng |
                | 2 |
                Sau bảng.
                @signature  | CHỦ TỌA | Trần Văn Điều
                @recipient Lưu Văn phòng.
                """);
        assertEquals("QUYẾT ĐỊNH", d.typeName());
        assertEquals(List.of("Về việc thành lập Ban kiểm phiếu"), d.summaryLines());
        assertEquals(Orientation.LANDSCAPE, d.orientation());
        assertTrue(d.numbered());
        assertEquals(new Heading("I. THÀNH PHẦN"), d.body().get(0));
        Paragraph unindented = (Paragraph) d.body().get(1);
        assertFalse(unindented.indentFirstLine());
        assertEquals(List.of(Run.bold("QUYẾT ĐỊNH")), unindented.runs());
        Paragraph article = (Paragraph) d.body().get(2);
        assertEquals(List.of(Run.bold("Điều 1."), Run.plain(" Thành lập "), Run.italic("Ban kiểm phiếu"), Run.plain(" gồm:")),
                article.runs());
        Table table = (Table) d.body().get(3);
        assertEquals(List.of("TT", "Họ và tên"), table.header());
        assertEquals(List.of(List.of("1", "Lê Thị Hằng"), List.of("2")), table.rows());
        assertEquals(List.of(1, 6), table.columnWeights());
        assertEquals("Sau bảng.", ((Paragraph) d.body().get(4)).text());
        assertNull(d.signature().authority());
        assertEquals("CHỦ TỌA", d.signature().position());
        assertEquals(List.of("Lưu Văn phòng."), d.recipients());
    }

    @Test
    void anEscapedValueIsPrintedAsGiven() {
        String value = "# 50% * 2 | \\ @x\nhai dòng";
        DocumentDraft d = DocumentMarkup.parse(DocumentMarkup.escape(value) + "\n| " + DocumentMarkup.escape("a|b") + " | c |");
        assertEquals("# 50% * 2 | \\ @x hai dòng", ((Paragraph) d.body().get(0)).text());
        assertEquals(List.of("a|b", "c"), ((Table) d.body().get(1)).rows().get(0));
    }

    @Test
    void aMalformedTemplateOutputNamesTheLine() {
        DocumentMarkup.MarkupException e = assertThrows(DocumentMarkup.MarkupException.class,
                () -> DocumentMarkup.parse("@type X\n@sigature A | B | C"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(DocumentMarkup.MarkupException.class, () -> DocumentMarkup.parse("@signature only two | parts"));
    }

    @Test
    void aCertificateIsFramedCentredAndHasItsNameInLargeType() {
        DocumentDraft d = DocumentMarkup.parse("@type GIẤY KHEN\n@landscape\n@border\n@centred\n@large KHEN\n"
                + "@large " + DocumentMarkup.escape("Nguyễn *Thị* Hằng") + "\n> Đã có thành tích.");
        assertTrue(d.bordered() && d.centred());
        assertEquals(List.of(new vn.dangbo.docs.rendering.LargeText("KHEN"),
                new vn.dangbo.docs.rendering.LargeText("Nguyễn *Thị* Hằng")), d.body().subList(0, 2));
        DocumentDraft letter = DocumentMarkup.parse("@type THÔNG BÁO\nNội dung.");
        assertFalse(letter.bordered() || letter.centred(), "a letter as before");
    }

    @Test
    void aQrCodeHoldsItsTextAndItsCaption() {
        DocumentDraft d = DocumentMarkup.parse("@type GIẤY MỜI\n@qr q7Hk2_Zx-9LmPwR4tYvB3nC8 | Mã điểm danh: q7Hk2_Zx");
        assertEquals(List.of(new vn.dangbo.docs.rendering.QrCode("q7Hk2_Zx-9LmPwR4tYvB3nC8", "Mã điểm danh: q7Hk2_Zx")),
                d.body());
        assertThrows(DocumentMarkup.MarkupException.class, () -> DocumentMarkup.parse("@qr | no text"));
    }
}
