package vn.dangbo.emulation.work;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: quoted fields may hold separators, quotes and line breaks) one record at a time, so a national
 * file never sits in memory. UTF-8 with or without Excel's byte order mark; comma, or semicolon when the header uses
 * it. {@link #line()} is the spreadsheet row of the last record read (the header is row 1).
 */
final class CsvLines {

    private final BufferedReader in;
    private char separator = ',';
    private boolean first = true;
    private int line;

    CsvLines(InputStream stream) {
        this.in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 64 * 1024);
    }

    int line() {
        return line;
    }

    /** @return the next record's fields, or null at the end of the input */
    List<String> next() throws IOException {
        String text = in.readLine();
        if (text == null) {
            return null;
        }
        line++;
        if (first) {
            first = false;
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.indexOf(';') >= 0 && text.indexOf(',') < 0) {
                separator = ';';
            }
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (quoted) {
                    String more = in.readLine();
                    if (more == null) {
                        break;
                    }
                    field.append('\n');
                    text = more;
                    i = 0;
                    continue;
                }
                break;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
