package vn.dangbo.registry.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outcomes of a job's rows as they are checked: every row is counted by its outcome, and the rows a user
 * must read are listed as well. A national member file has millions of rows that only count; an organisation
 * file lists every row. The job's counters are derived from these outcomes and nothing else.
 */
final class Outcomes {

    /** The rows that create a record, update one, change nothing, or are invalid (in a dry run: would). */
    record Counts(int created, int updated, int unchanged, int invalid) {

        static final Counts NONE = new Counts(0, 0, 0, 0);

        /** Every row counted. */
        int rows() {
            return created + updated + unchanged + invalid;
        }
    }

    private final int[] counts = new int[RowOutcome.values().length];
    private final List<RowReport> listed = new ArrayList<>();

    /** A row that is counted only. */
    void count(RowOutcome outcome) {
        if (!outcome.checked()) {
            throw new IllegalArgumentException(outcome + " is the outcome of a written row, not of a checked one");
        }
        counts[outcome.ordinal()]++;
    }

    /** A row that is counted and listed in the report. */
    void list(RowReport row) {
        count(row.outcome());
        listed.add(row);
    }

    Counts counts() {
        return new Counts(counts[RowOutcome.VALID.ordinal()], counts[RowOutcome.CHANGED.ordinal()],
                counts[RowOutcome.UNCHANGED.ordinal()], counts[RowOutcome.INVALID.ordinal()]);
    }

    /** The listed rows, as checked. */
    List<RowReport> report() {
        return Collections.unmodifiableList(listed);
    }

    /** The listed rows once the file is written: the rows to create and change are reported done. */
    List<RowReport> writtenReport() {
        return listed.stream().map(RowReport::written).toList();
    }
}
