package vn.dangbo.registry.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dangbo.registry.member.BirthDate;
import vn.dangbo.registry.member.Member;

/**
 * The member export as an XLSX workbook in the import's columns, written with POI's streaming workbook: only a
 * window of rows is in memory, the rest goes to a temporary file until the workbook is written out.
 */
final class MemberXlsx {

    private static final int WINDOW = 200;

    /** Hands each page of members to the workbook. */
    @FunctionalInterface
    interface PageConsumer {
        void accept(List<Member> page) throws IOException;
    }

    /** Calls the consumer with every page of members to export. */
    @FunctionalInterface
    interface Pages {
        void forEach(PageConsumer consumer) throws IOException;
    }

    private MemberXlsx() {
    }

    /** @param personal whether a member's personal data may be written (else its cells stay empty) */
    static void write(OutputStream out, Predicate<Member> personal, Pages pages) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("Đảng viên");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle textStyle = workbook.createCellStyle();
            textStyle.setDataFormat(workbook.createDataFormat().getFormat("@")); // IDs keep their leading zeros

            Row header = sheet.createRow(0);
            for (int i = 0; i < MemberCsv.COLUMNS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(MemberCsv.COLUMNS.get(i));
                cell.setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            pages.forEach(page -> {
                for (Member m : page) {
                    Row row = sheet.createRow(next[0]++);
                    Writer w = new Writer(row, dateStyle, textStyle);
                    boolean personalData = personal.test(m);
                    for (MemberCsv.Column column : MemberCsv.Column.values()) {
                        w.value(column.export(m, personalData));
                    }
                }
            });
            for (int i = 0; i < MemberCsv.COLUMNS.size(); i++) {
                sheet.setColumnWidth(i, 20 * 256);
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** Fills a row's cells left to right, leaving the cell of a missing value empty. */
    private static final class Writer {

        private final Row row;
        private final CellStyle dateStyle;
        private final CellStyle textStyle;
        private int column;

        Writer(Row row, CellStyle dateStyle, CellStyle textStyle) {
            this.row = row;
            this.dateStyle = dateStyle;
            this.textStyle = textStyle;
        }

        void value(Object value) {
            if (value instanceof BirthDate birth && birth.monthOnly()) {
                // as it is known: text the import reads back as a month, not a date cell of the 1st
                text(String.format("%02d/%04d", birth.date().getMonthValue(), birth.date().getYear()));
            } else if (value instanceof BirthDate birth) {
                date(birth.date());
            } else if (value instanceof LocalDate day) {
                date(day);
            } else {
                text((String) value);
            }
        }

        void text(String value) {
            int at = column++;
            if (value != null) {
                Cell cell = row.createCell(at);
                cell.setCellValue(value);
                cell.setCellStyle(textStyle);
            }
        }

        void date(LocalDate value) {
            int at = column++;
            if (value != null) {
                Cell cell = row.createCell(at);
                cell.setCellValue(value);
                cell.setCellStyle(dateStyle);
            }
        }
    }
}
