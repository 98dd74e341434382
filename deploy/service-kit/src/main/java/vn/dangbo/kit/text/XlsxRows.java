package vn.dangbo.kit.text;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The first sheet of an XLSX workbook, pulled row by row from the sheet's XML (StAX over POI's
 * {@link XSSFReader}), never loaded as a whole workbook. Cells become the text a CSV would hold: dates as ISO
 * dates, whole numbers without decimals, text as it is. The one XLSX reader of every import (the registry's members
 * and organisations, emulation's guests), beside {@link CsvReader}.
 */
public final class XlsxRows implements AutoCloseable {

    /**
     * One row. {@code number} is the row as a user sees it in Excel (the header is row 1; empty rows are not in the
     * file but keep their number); {@code numeric} holds the positions of cells stored as numbers (so a leading zero
     * may be lost).
     */
    public record Row(int number, List<String> values, Set<Integer> numeric) {
    }

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final StylesTable styles;
    private int lastRow;
    private String parent;

    /** Reads a file in place: a large workbook is never held in memory. */
    public static XlsxRows open(Path file) throws IOException {
        try {
            return new XlsxRows(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (InvalidFormatException | RuntimeException e) {
            throw new IOException("không đọc được tệp XLSX: " + e.getMessage(), e);
        }
    }

    /** Reads an upload already bounded in size (the package is unzipped into memory). */
    public static XlsxRows open(InputStream workbook) throws IOException {
        try {
            return new XlsxRows(OPCPackage.open(workbook));
        } catch (InvalidFormatException | RuntimeException e) {
            throw new IOException("không đọc được tệp XLSX: " + e.getMessage(), e);
        }
    }

    private XlsxRows(OPCPackage pkg) throws IOException {
        this.pkg = pkg;
        try {
            XSSFReader reader = new XSSFReader(pkg);
            strings = reader.getSharedStringsTable();
            styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException("tệp XLSX không có trang tính nào");
            }
            sheet = sheets.next();
            xml = XML.createXMLStreamReader(sheet);
        } catch (OpenXML4JException | XMLStreamException | RuntimeException e) {
            pkg.revert();
            throw new IOException("không đọc được tệp XLSX: " + e.getMessage(), e);
        } catch (IOException e) {
            pkg.revert();
            throw e;
        }
    }

    /** @return the next row that is in the file, or null at the end of the sheet */
    public Row next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("row")) {
                    String r = xml.getAttributeValue(null, "r");
                    lastRow = r == null ? lastRow + 1 : Integer.parseInt(r);
                    return readRow(lastRow);
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("không đọc được trang tính XLSX ở dòng " + (lastRow + 1) + ": " + e.getMessage(), e);
        }
    }

    private Row readRow(int number) throws XMLStreamException {
        List<String> values = new ArrayList<>();
        Set<Integer> numeric = new HashSet<>();
        int column = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
            if (event != XMLStreamReader.START_ELEMENT || !xml.getLocalName().equals("c")) {
                continue;
            }
            String ref = xml.getAttributeValue(null, "r");
            column = ref == null ? column + 1 : new CellReference(ref).getCol();
            String type = xml.getAttributeValue(null, "t");
            String style = xml.getAttributeValue(null, "s");
            String raw = cellText();
            String value;
            if (raw == null) {
                value = "";
            } else if (type == null || type.equals("n")) {
                value = number(raw, style);
                if (!isDate(style)) {
                    numeric.add(column);
                }
            } else if (type.equals("s")) {
                value = strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            } else if (type.equals("b")) {
                value = raw.strip().equals("1") ? "TRUE" : "FALSE";
            } else if (type.equals("d")) { // an ISO 8601 date cell (Strict OOXML): the date part
                int time = raw.indexOf('T');
                value = time < 0 ? raw.strip() : raw.substring(0, time).strip();
            } else { // inlineStr, str (a formula's text), e (an error such as #N/A)
                value = raw;
            }
            while (values.size() <= column) { // cells left empty are not in the file
                values.add("");
            }
            values.set(column, value);
        }
        return new Row(number, values, numeric);
    }

    /** The text of the cell just started: its value, or its inline string; null when empty. */
    private String cellText() throws XMLStreamException {
        StringBuilder text = null;
        int depth = 1;
        boolean inValue = false;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                // <v> holds the value; <is><t> an inline string, but not the phonetic <rPh><t> runs
                inValue = name.equals("v") || name.equals("t") && !"rPh".equals(parent);
                if (name.equals("rPh")) {
                    parent = "rPh";
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
                if (xml.getLocalName().equals("rPh")) {
                    parent = null;
                }
                inValue = false;
            } else if (inValue && (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA
                    || event == XMLStreamReader.SPACE)) {
                if (text == null) {
                    text = new StringBuilder();
                }
                text.append(xml.getText());
            }
        }
        return text == null ? null : text.toString();
    }

    private boolean isDate(String style) {
        if (style == null || styles == null) {
            return false;
        }
        XSSFCellStyle s = styles.getStyleAt(Integer.parseInt(style));
        return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
    }

    private String number(String raw, String style) {
        double value = Double.parseDouble(raw.strip());
        if (isDate(style) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value).toLocalDate().toString();
        }
        BigDecimal exact = new BigDecimal(raw.strip());
        return exact.stripTrailingZeros().toPlainString();
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing only
        }
        sheet.close();
        pkg.revert(); // read-only: never write the package back
    }
}
