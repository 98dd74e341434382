package vn.dangbo.kit.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: quoted fields may hold separators, quotes and line breaks) one record at a time,
 * so a national-size file never sits in memory. UTF-8, with or without the byte order mark Excel writes;
 * the separator is a comma, or a semicolon when the header uses it (Excel with a Vietnamese locale). The one
 * reader of every import (the registry's members and organisations, emulation's progress reports).
 */
public final class CsvReader implements AutoCloseable {

    private final BufferedReader in;
    private char separator = ',';
    private boolean first = true;
    private int row;

    public CsvReader(InputStream stream) {
        this.in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 64 * 1024);
    }

    /** The spreadsheet row of the last record read (the header is row 1), as a per-row error report names it. */
    public int row() {
        return row;
    }

    /** @return the next record's fields, or null at the end of the input */
    public List<String> next() throws IOException {
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        row++;
        if (first) {
            first = false;
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.indexOf(';') >= 0 && line.indexOf(',') < 0) {
                separator = ';';
            }
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == line.length()) {
                if (quoted) {
                    String more = in.readLine();
                    if (more == null) {
                        break; // an unterminated quote ends with the input
                    }
                    field.append('\n');
                    line = more;
                    i = 0;
                    continue;
                }
                break;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < line.length() && line.charAt(i) == '"') {
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

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** One CSV field as written by {@link #next}'s counterpart: quoted only when it must be. */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
