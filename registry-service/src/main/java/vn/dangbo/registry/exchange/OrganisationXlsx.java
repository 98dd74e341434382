package vn.dangbo.registry.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The organisation export as an XLSX workbook in the import's columns, every cell text. */
final class OrganisationXlsx {

    private static final int WINDOW = 200;

    private OrganisationXlsx() {
    }

    /** @param rows each row's values in {@link OrganisationCsv#COLUMNS} order (null: an empty cell) */
    static void write(OutputStream out, List<List<String>> rows) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("Tổ chức đảng");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle textStyle = workbook.createCellStyle();
            textStyle.setDataFormat(workbook.createDataFormat().getFormat("@")); // a term stays text
            Row header = sheet.createRow(0);
            for (int i = 0; i < OrganisationCsv.COLUMNS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(OrganisationCsv.COLUMNS.get(i));
                cell.setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            int next = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(next++);
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) != null) {
                        Cell cell = row.createCell(i);
                        cell.setCellValue(values.get(i));
                        cell.setCellStyle(textStyle);
                    }
                }
            }
            int[] widths = {38, 38, 22, 50, 12, 12};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }
}
