package vn.dangbo.docs.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;

/** A QR code prints in both formats as a code a scanner reads back to the very text it holds. */
class QrCodeTest {

    private static final String TOKEN = "q7Hk2_Zx-9LmPwR4tYvB3nC8dE1fG6hJ0kS5uVaW";

    private static PartyDocument letter(String token) {
        return new PartyDocument(new Header("Đảng bộ tỉnh Lào Cai", "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh",
                "Số 01-GM/ĐUK", "Lào Cai, ngày 02 tháng 5 năm 2024"), "GIẤY MỜI", List.of(),
                List.of(Paragraph.of("Trân trọng kính mời đồng chí tới dự."), new QrCode(token, "Mã điểm danh: "
                        + token.substring(0, 8))),
                new Signature("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Hữu Long"), List.of(), Orientation.PORTRAIT);
    }

    @Test
    void thePdfCodeScansBackToItsTokenWithItsCaptionBeneath() throws Exception {
        byte[] pdf = new PdfRenderer().render(letter(TOKEN));

        assertEquals(List.of(TOKEN), QrReading.pdfPages(pdf));
        String text = TextExtraction.normalizeWhitespace(TextExtraction.pdfText(pdf));
        assertTrue(text.contains("Mã điểm danh: q7Hk2_Zx"), text);
    }

    @Test
    void theDocxCodeIsAnImageThatScansBackToItsToken() throws Exception {
        byte[] docx = new DocxRenderer().render(letter(TOKEN));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFPictureData> pictures = doc.getAllPictures();
            assertEquals(1, pictures.size());
            assertEquals(TOKEN, QrReading.png(pictures.get(0).getData()));
        }
        assertTrue(TextExtraction.docxText(docx).contains("Mã điểm danh: q7Hk2_Zx"));
    }

    @Test
    void aBatchPrintsEachCopysOwnCode() throws Exception {
        String other = "AAAAbbbbCCCCddddEEEEffffGGGG";
        PdfRenderer.Batch batch = new PdfRenderer().renderAll(List.of(letter(TOKEN), letter(other)));

        assertEquals(List.of(TOKEN, other), QrReading.pdfPages(batch.bytes()));
    }
}
