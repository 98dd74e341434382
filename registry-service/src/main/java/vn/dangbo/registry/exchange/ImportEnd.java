package vn.dangbo.registry.exchange;

import java.util.List;

/**
 * How a job ends: its last status, the report, the counts and the message a user reads. Every ending of every
 * kind of import is made here, so the same event reads the same for members and organisations.
 *
 * @param imported the records actually created (0 unless the file was written)
 */
record ImportEnd(ImportJob.Status status, List<RowReport> report, int imported, Outcomes.Counts counts,
        String message) {

    /** The file has no row at all, not even a header. */
    static ImportEnd noHeader(List<String> columns, Outcomes outcomes) {
        return new ImportEnd(ImportJob.Status.FAILED, outcomes.report(), 0, outcomes.counts(),
                "Tệp rỗng: cần dòng tiêu đề với các cột " + String.join(", ", columns));
    }

    /** The header cannot be read; its row is in the report with its errors. */
    static ImportEnd badHeader(Outcomes outcomes) {
        return new ImportEnd(ImportJob.Status.FAILED, outcomes.report(), 0, outcomes.counts(),
                "Dòng tiêu đề không hợp lệ");
    }

    /** Some rows are invalid: nothing is written. */
    static ImportEnd rejected(Outcomes outcomes) {
        Outcomes.Counts counts = outcomes.counts();
        return new ImportEnd(ImportJob.Status.REJECTED, outcomes.report(), 0, counts, counts.invalid()
                + " dòng không hợp lệ; không dòng nào được nhập. Hãy sửa các dòng đó rồi nhập lại cả tệp");
    }

    /** A dry run: every row checked, nothing written. */
    static ImportEnd dryRun(String noun, Outcomes outcomes) {
        Outcomes.Counts counts = outcomes.counts();
        return new ImportEnd(ImportJob.Status.DONE, outcomes.report(), 0, counts, "Kiểm tra thử: "
                + counts.created() + " " + noun + " sẽ được thêm, " + counts.updated() + " sẽ được cập nhật, "
                + counts.unchanged() + " dòng không thay đổi");
    }

    /** The file written: the rows to create and change are reported done. */
    static ImportEnd written(String noun, int imported, Outcomes outcomes) {
        Outcomes.Counts counts = outcomes.counts();
        return new ImportEnd(ImportJob.Status.DONE, outcomes.writtenReport(), imported, counts, "Đã thêm "
                + imported + " " + noun + ", cập nhật " + counts.updated() + "; " + counts.unchanged()
                + " dòng không thay đổi");
    }

    /** Reading or writing broke off: nothing is written, and what was checked is not reported. */
    static ImportEnd failed(Exception cause) {
        return new ImportEnd(ImportJob.Status.FAILED, List.of(), 0, Outcomes.Counts.NONE,
                "Nhập dữ liệu thất bại, không dòng nào được ghi: " + cause.getMessage());
    }
}
