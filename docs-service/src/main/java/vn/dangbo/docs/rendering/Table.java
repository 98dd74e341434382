package vn.dangbo.docs.rendering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A simple grid table (attendee lists, schedules): an optional bold header row, then rows of plain
 * cells. Rows shorter than the column count are padded with empty cells; longer rows are rejected.
 *
 * @param header        header cells; empty for no header row (then the widest row sets the column count)
 * @param rows          body rows
 * @param columnWeights relative column widths, one per column; {@code null} or empty for equal widths
 */
public record Table(List<String> header, List<List<String>> rows, List<Integer> columnWeights) implements Block {

    public Table {
        header = List.copyOf(header == null ? List.of() : header);
        List<List<String>> copied = new ArrayList<>();
        for (List<String> row : Objects.requireNonNull(rows, "rows")) {
            copied.add(List.copyOf(row));
        }
        rows = Collections.unmodifiableList(copied);
        columnWeights = columnWeights == null ? List.of() : List.copyOf(columnWeights);

        int columns = header.isEmpty() ? rows.stream().mapToInt(List::size).max().orElse(0) : header.size();
        if (columns == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() > columns) {
                throw new IllegalArgumentException("table row " + i + " has " + rows.get(i).size()
                        + " cells but the table has " + columns + " columns");
            }
        }
        if (!columnWeights.isEmpty()) {
            if (columnWeights.size() != columns) {
                throw new IllegalArgumentException("columnWeights has " + columnWeights.size()
                        + " entries but the table has " + columns + " columns");
            }
            if (columnWeights.stream().anyMatch(w -> w <= 0)) {
                throw new IllegalArgumentException("column weights must be positive: " + columnWeights);
            }
        }
    }

    public static Table of(List<String> header, List<List<String>> rows) {
        return new Table(header, rows, null);
    }

    public int columnCount() {
        return header.isEmpty() ? rows.stream().mapToInt(List::size).max().orElse(0) : header.size();
    }

    /** The cell at (row, column), {@code ""} for a padded cell. */
    public String cell(int row, int column) {
        List<String> r = rows.get(row);
        return column < r.size() ? r.get(column) : "";
    }

    /** Column widths as fractions summing to 1. */
    public double[] columnFractions() {
        int n = columnCount();
        double[] f = new double[n];
        double sum = columnWeights.isEmpty() ? n : columnWeights.stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; i < n; i++) {
            f[i] = (columnWeights.isEmpty() ? 1 : columnWeights.get(i)) / sum;
        }
        return f;
    }
}
