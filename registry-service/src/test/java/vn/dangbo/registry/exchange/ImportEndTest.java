package vn.dangbo.registry.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.kit.web.Problem.FieldError;
import vn.dangbo.registry.exchange.RowReport.MemberRow;
import vn.dangbo.registry.exchange.RowReport.OrganisationRow;

/** How a job ends, as a client reads it at {@code /imports/{id}}: status, counts, report and message. */
class ImportEndTest {

    @Test
    void aRejectedFileWritesNothingAndSaysHowManyRowsToFix() {
        Outcomes outcomes = new Outcomes();
        outcomes.count(RowOutcome.VALID);
        outcomes.list(MemberRow.invalid(3, "Trần Thị Trẻ", List.of(new FieldError("admittedOn", "quá sớm"))));
        outcomes.list(MemberRow.invalid(4, null, List.of(new FieldError("fullName", "không được để trống"))));
        ImportEnd end = ImportEnd.rejected(outcomes);
        assertEquals(ImportJob.Status.REJECTED, end.status());
        assertEquals(0, end.imported());
        assertEquals(new Outcomes.Counts(1, 0, 0, 2), end.counts());
        assertEquals("2 dòng không hợp lệ; không dòng nào được nhập. Hãy sửa các dòng đó rồi nhập lại cả tệp",
                end.message());
    }

    @Test
    void aDryRunAndAWrittenFileSayWhatTheRowsDoForEachKind() {
        Outcomes outcomes = new Outcomes();
        outcomes.count(RowOutcome.VALID);
        outcomes.count(RowOutcome.VALID);
        outcomes.count(RowOutcome.UNCHANGED);
        outcomes.list(new MemberRow(2, "Lý Văn Sửa", RowOutcome.CHANGED, List.of(), List.of("jobTitle")));

        ImportEnd dry = ImportEnd.dryRun("đảng viên", outcomes);
        assertEquals(ImportJob.Status.DONE, dry.status());
        assertEquals(0, dry.imported());
        assertEquals(RowOutcome.CHANGED, dry.report().get(0).outcome());
        assertEquals("Kiểm tra thử: 2 đảng viên sẽ được thêm, 1 sẽ được cập nhật, 1 dòng không thay đổi",
                dry.message());

        ImportEnd written = ImportEnd.written("tổ chức đảng", 2, outcomes);
        assertEquals(ImportJob.Status.DONE, written.status());
        assertEquals(2, written.imported());
        assertEquals(new Outcomes.Counts(2, 1, 1, 0), written.counts());
        assertEquals(RowOutcome.UPDATED, written.report().get(0).outcome());
        assertEquals("Đã thêm 2 tổ chức đảng, cập nhật 1; 1 dòng không thay đổi", written.message());
    }

    @Test
    void aFileThatCannotBeReadFails() {
        Outcomes empty = new Outcomes();
        assertEquals("Tệp rỗng: cần dòng tiêu đề với các cột id, parentId, type, name, shortCode, term",
                ImportEnd.noHeader(OrganisationCsv.COLUMNS, empty).message());

        Outcomes header = new Outcomes();
        header.list(MemberRow.invalid(1, null, List.of(new FieldError("nationalId", "thiếu cột bắt buộc"))));
        ImportEnd bad = ImportEnd.badHeader(header);
        assertEquals(ImportJob.Status.FAILED, bad.status());
        assertEquals("Dòng tiêu đề không hợp lệ", bad.message());
        assertEquals(1, bad.counts().invalid());
        assertEquals(1, bad.report().size());

        ImportEnd broken = ImportEnd.failed(new IllegalStateException("dòng 7 không còn như lúc kiểm tra"));
        assertEquals(ImportJob.Status.FAILED, broken.status());
        assertEquals(Outcomes.Counts.NONE, broken.counts());
        assertEquals(List.of(), broken.report(), "nothing was written: nothing to read");
        assertEquals("Nhập dữ liệu thất bại, không dòng nào được ghi: dòng 7 không còn như lúc kiểm tra",
                broken.message());
    }

    @Test
    void theReportsRowsReadAsTheyAlwaysHave() throws IOException {
        ObjectMapper json = new ObjectMapper();
        assertEquals("{\"row\":2,\"fullName\":\"Lý Văn Sửa\",\"outcome\":\"UPDATED\",\"errors\":[],"
                + "\"changedFields\":[\"jobTitle\",\"phone\"]}", json.writeValueAsString(new MemberRow(2,
                        "Lý Văn Sửa", RowOutcome.CHANGED, List.of(), List.of("jobTitle", "phone")).written()));
        assertEquals("{\"row\":1,\"outcome\":\"INVALID\",\"errors\":[{\"field\":\"x\",\"message\":\"cột không được"
                + " hỗ trợ\"}]}", json.writeValueAsString(MemberRow.invalid(1, null,
                        List.of(new FieldError("x", "cột không được hỗ trợ")))));
        UUID id = UUID.fromString("6f1c2a0e-0000-4000-8000-000000000001");
        assertEquals("{\"row\":3,\"id\":\"" + id + "\",\"name\":\"Chi bộ I\",\"outcome\":\"IMPORTED\",\"errors\":[]}",
                json.writeValueAsString(new OrganisationRow(3, id, "Chi bộ I", RowOutcome.VALID, List.of(), null)
                        .written()));
    }
}
