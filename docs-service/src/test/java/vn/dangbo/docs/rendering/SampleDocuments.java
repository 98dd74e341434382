package vn.dangbo.docs.rendering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Test documents. */
final class SampleDocuments {

    private SampleDocuments() {
    }

    static Header header() {
        return new Header("ĐẢNG BỘ TỈNH LÀO CAI", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH",
                DocumentNumber.format(12, "TB", "ĐUK"), PartyDate.placeAndDate("Lào Cai", LocalDate.of(2025, 6, 5)));
    }

    static Signature signature() {
        return new Signature("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Nguyễn Thị Ngọc Diễm");
    }

    static List<String> recipients() {
        return List.of("Ban Thường vụ Tỉnh ủy (b/c),", "Ban Tổ chức Tỉnh ủy (b/c),",
                "Các đồng chí Ủy viên Ban Chấp hành Đảng bộ Khối,", "Các chi, đảng bộ cơ sở trực thuộc,",
                "Đại biểu dự Đại hội,", "Lưu Văn phòng Đảng ủy Khối.");
    }

    static Table schedule() {
        return new Table(List.of("TT", "Thời gian", "Nội dung", "Người thực hiện"), List.of(
                List.of("1", "7h30 - 8h00", "Đón tiếp đại biểu, ổn định tổ chức", "Ban Tổ chức Đại hội"),
                List.of("2", "8h00 - 9h30", "Phiên trù bị: bầu Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách đại biểu; thông qua chương trình, quy chế làm việc", "Đoàn Chủ tịch"),
                List.of("3", "9h30 - 11h30", "Phiên chính thức: thảo luận văn kiện, bầu cử Ban Chấp hành Đảng bộ Khối nhiệm kỳ 2025 - 2030", "Đại hội"),
                List.of("4", "11h30", "Bế mạc Đại hội", "Đoàn Chủ tịch")),
                List.of(1, 3, 7, 4));
    }

    /** A notice (THÔNG BÁO) convening a congress, with ặ ẫ ỹ Ỷ ữ ự đ Đ ơ ư ộ ề ễ ợ. */
    static PartyDocument notice() {
        List<Block> body = List.of(
                Paragraph.of("Căn cứ Điều lệ Đảng; Quy định số 232-QĐ/TW ngày 20/01/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng; Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng;"),
                Paragraph.of(Run.plain("Ban Chấp hành Đảng bộ Khối thông báo triệu tập "),
                        Run.bold("Đại hội đại biểu Đảng bộ Khối lần thứ XXV, nhiệm kỳ 2025 - 2030"),
                        Run.plain(" như sau:")),
                new Heading("I. THỜI GIAN, ĐỊA ĐIỂM"),
                Paragraph.of("1. Thời gian: 01 ngày, khai mạc lúc 7 giờ 30 phút, ngày 25 tháng 6 năm 2025 (thứ Tư)."),
                Paragraph.of("2. Địa điểm: Hội trường lớn Trung tâm Hội nghị tỉnh, đường Trần Hưng Đạo, phường Nam Cường, thành phố Lào Cai."),
                new Heading("II. THÀNH PHẦN, CHƯƠNG TRÌNH"),
                Paragraph.of("a) Đại biểu chính thức: 150 đồng chí, gồm các đồng chí Ủy viên Ban Chấp hành Đảng bộ Khối đương nhiệm và những đại biểu được bầu từ đại hội các tổ chức cơ sở đảng trực thuộc."),
                Paragraph.of("b) Khách mời: đại diện lãnh đạo Tỉnh ủy, các ban xây dựng Đảng của Tỉnh ủy; các đồng chí nguyên lãnh đạo Đảng ủy Khối qua các thời kỳ."),
                Paragraph.of("c) Chương trình Đại hội:"),
                schedule(),
                new Heading("III. TỔ CHỨC THỰC HIỆN"),
                Paragraph.of(Run.plain("- Đề nghị các chi, đảng bộ cơ sở thông báo cho đại biểu của đơn vị mình dự Đại hội đầy đủ, đúng thành phần; đại biểu mặc trang phục lịch sự ("),
                        Run.italic("nam mặc áo sơ mi trắng, thắt cà vạt; nữ mặc áo dài truyền thống"),
                        Run.plain("), có mặt trước giờ khai mạc 15 phút theo hướng dẫn của Ban Tổ chức.")),
                Paragraph.of("- Văn phòng Đảng ủy Khối chủ trì, phối hợp với Ban Tuyên giáo chuẩn bị kỹ lưỡng hội trường, khánh tiết, âm thanh, ánh sáng với khẩu hiệu “ĐOÀN KẾT - DÂN CHỦ - KỶ CƯƠNG - ĐỔI MỚI - PHÁT TRIỂN”; bảo đảm an toàn tuyệt đối cho Đại hội diễn ra thành công tốt đẹp."),
                Paragraph.of(Run.plain("Nhận được Thông báo này, đề nghị các đồng chí đại biểu sắp xếp công việc về dự Đại hội đầy đủ, đúng giờ; "),
                        Run.boldItalic("trường hợp đặc biệt vắng mặt"),
                        Run.plain(" phải báo cáo bằng văn bản và được sự đồng ý của Đoàn Chủ tịch Đại hội./.")));
        return new PartyDocument(header(), "THÔNG BÁO",
                List.of("về việc triệu tập Đại hội đại biểu Đảng bộ Khối lần thứ XXV,", "nhiệm kỳ 2025 - 2030"),
                body, signature(), recipients(), Orientation.PORTRAIT);
    }

    /** A plan with {@code n} numbered paragraphs, each unique. */
    static PartyDocument longPlan(int n) {
        List<Block> body = new ArrayList<>();
        body.add(new Heading("I. MỤC ĐÍCH, YÊU CẦU"));
        IntStream.rangeClosed(1, n).forEach(i -> body.add(Paragraph.of(i + ". Đoạn số " + i
                + ": Tổ chức quán triệt, thực hiện nghiêm túc các quy định của Đảng về công tác đại hội; bảo đảm dân chủ, "
                + "kỹ lưỡng, đúng nguyên tắc, đúng quy trình; lựa chọn những đồng chí tiêu biểu, xuất sắc (mục " + i + ").")));
        return new PartyDocument(header(), "KẾ HOẠCH", List.of("tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ 2025 - 2027"),
                body, new Signature("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Hữu Long"), recipients(), Orientation.PORTRAIT);
    }

    /** Every printed string of a document (NFC, as the renderers print it; caps fields are expected in caps). */
    static List<String> printedLines(PartyDocument d) {
        List<String> out = new ArrayList<>();
        Header h = d.header();
        addIfPresent(out, h.higherBody());
        addIfPresent(out, h.issuingBody());
        out.add("*");
        addIfPresent(out, h.number());
        out.add("ĐẢNG CỘNG SẢN VIỆT NAM");
        addIfPresent(out, h.placeAndDate());
        addIfPresent(out, d.typeName());
        out.addAll(d.summaryLines());
        for (Block b : d.body()) {
            if (b instanceof Heading x) {
                out.add(x.text());
            } else if (b instanceof Paragraph p) {
                out.add(p.text());
            } else if (b instanceof Table t) {
                out.addAll(t.header());
                t.rows().forEach(out::addAll);
            }
        }
        if (d.signature() != null) {
            addIfPresent(out, d.signature().authority());
            out.add(d.signature().position());
            out.add(d.signature().signerName());
        }
        if (!d.recipients().isEmpty()) {
            out.add("Nơi nhận:");
            d.recipients().forEach(r -> out.add("- " + r));
        }
        return out.stream().map(s -> java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)).toList();
    }

    private static void addIfPresent(List<String> out, String s) {
        if (s != null) {
            out.add(s);
        }
    }
}
