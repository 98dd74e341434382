package vn.dangbo.docs.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.rendering.Header;
import vn.dangbo.docs.rendering.Heading;
import vn.dangbo.docs.rendering.Orientation;
import vn.dangbo.docs.rendering.Paragraph;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.Run;
import vn.dangbo.docs.rendering.Signature;
import vn.dangbo.docs.rendering.Table;

class DocumentContentCodecTest {

    @Test
    void everyKindOfBlockSurvivesTheRoundTrip() {
        PartyDocument doc = new PartyDocument(
                new Header("Đảng bộ Khối", "Đảng ủy Văn phòng", "Số 01-TB/ĐU", "Lào Cai, ngày 05 tháng 3 năm 2020"),
                "THÔNG BÁO", List.of("Về việc tổ chức Đại hội", "nhiệm kỳ 2020-2022"),
                List.of(new Heading("I. THỜI GIAN"),
                        Paragraph.of(Run.plain("Khai mạc "), Run.bold("7 giờ 30"), Run.italic(" (thứ Tư)"),
                                Run.boldItalic("./.")),
                        new Paragraph(List.of(Run.plain("- không thụt lề")), false),
                        new Table(List.of("TT", "Nội dung"), List.of(List.of("1", "Khai mạc"), List.of("2")), List.of(1, 5))),
                new Signature("T/M BAN THƯỜNG VỤ", "BÍ THƯ", ""), List.of("Như trên,", "Lưu Văn phòng."),
                Orientation.LANDSCAPE);
        String json = DocumentContentCodec.toJson(doc);
        assertEquals(doc, DocumentContentCodec.fromJson(json), json);
    }

    @Test
    void aBallotKeepsItsPaperAndSerialAndContentStoredBeforeThemReadsAsA4() {
        PartyDocument ballot = new PartyDocument(new Header(null, "Chi bộ I", null, null, "Mã phiếu: BT1-7"),
                "PHIẾU BẦU CỬ", List.of("Bí thư Chi bộ I nhiệm kỳ 2025-2027"), List.of(Paragraph.of("x")), null,
                List.of(), Orientation.PORTRAIT, vn.dangbo.docs.rendering.Paper.A5);
        assertEquals(ballot, DocumentContentCodec.fromJson(DocumentContentCodec.toJson(ballot)));

        String stored = "{\"header\":{\"higherBody\":null,\"issuingBody\":\"Chi bộ I\",\"number\":\"Số 01-TB/CB\","
                + "\"placeAndDate\":null},\"typeName\":\"THÔNG BÁO\",\"summaryLines\":[],\"body\":[],"
                + "\"signature\":null,\"recipients\":[],\"orientation\":\"PORTRAIT\"}";
        PartyDocument old = DocumentContentCodec.fromJson(stored);
        assertEquals(vn.dangbo.docs.rendering.Paper.A4, old.paper());
        assertEquals(null, old.header().mark());
    }

    @Test
    void aCertificateKeepsItsFrameItsCentringAndItsLargeLines() {
        PartyDocument certificate = new PartyDocument(new Header("Đảng bộ tỉnh", "Đảng ủy Khối", "Số 01-GK/ĐUK",
                "Lào Cai, ngày 06 tháng 5 năm 2024"), "GIẤY KHEN", List.of(),
                List.of(new vn.dangbo.docs.rendering.LargeText("Nguyễn Thị Hằng"), Paragraph.of("Đã có thành tích")),
                null, List.of(), Orientation.LANDSCAPE, vn.dangbo.docs.rendering.Paper.A4, true, true);
        assertEquals(certificate, DocumentContentCodec.fromJson(DocumentContentCodec.toJson(certificate)));
    }

    @Test
    void anInvitationKeepsItsQrCode() {
        PartyDocument invitation = new PartyDocument(new Header("Đảng bộ tỉnh", "Đảng ủy Khối", "Số 01-GM/ĐUK",
                "Lào Cai, ngày 02 tháng 5 năm 2024"), "GIẤY MỜI", List.of(),
                List.of(Paragraph.of("Trân trọng kính mời."), new vn.dangbo.docs.rendering.QrCode(
                        "q7Hk2_Zx-9LmPwR4tYvB3nC8", "Mã điểm danh: q7Hk2_Zx")),
                null, List.of(), Orientation.PORTRAIT);
        assertEquals(invitation, DocumentContentCodec.fromJson(DocumentContentCodec.toJson(invitation)));
    }
}
