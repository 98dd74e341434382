package vn.dangbo.registry.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.kit.web.Problem.FieldError;
import vn.dangbo.registry.exchange.RowReport.MemberRow;
import vn.dangbo.registry.exchange.RowReport.OrganisationRow;

/** A job's counters come from the outcomes of its rows, whether a row is listed in the report or only counted. */
class ImportOutcomesTest {

    @Test
    void theCountersAreTheRowsOfEachOutcomeListedOrNot() {
        Outcomes outcomes = new Outcomes();
        outcomes.count(RowOutcome.VALID);
        outcomes.count(RowOutcome.VALID);
        outcomes.count(RowOutcome.UNCHANGED);
        outcomes.list(new MemberRow(4, "Lý Văn Sửa", RowOutcome.CHANGED, List.of(), List.of("phone")));
        outcomes.list(MemberRow.invalid(5, null, List.of(new FieldError("fullName", "không được để trống"))));
        outcomes.list(MemberRow.invalid(6, "Trần Thị Trẻ", List.of(new FieldError("admittedOn", "quá sớm"))));

        assertEquals(new Outcomes.Counts(2, 1, 1, 2), outcomes.counts());
        assertEquals(6, outcomes.counts().rows());
        assertEquals(List.of(4, 5, 6), outcomes.report().stream().map(RowReport::row).toList(),
                "only the rows to read are listed");
    }

    @Test
    void anOutcomeOfAWrittenRowIsNotACheckedRow() {
        Outcomes outcomes = new Outcomes();
        assertThrows(IllegalArgumentException.class, () -> outcomes.count(RowOutcome.IMPORTED));
        assertThrows(IllegalArgumentException.class, () -> outcomes.list(new OrganisationRow(2, UUID.randomUUID(),
                "Chi bộ I", RowOutcome.UPDATED, List.of(), List.of("name"))));
        assertEquals(Outcomes.Counts.NONE, outcomes.counts());
        assertEquals(List.of(), outcomes.report());
    }

    @Test
    void onceWrittenTheRowsToCreateAndChangeAreReportedDoneAndTheOthersAsChecked() {
        Outcomes outcomes = new Outcomes();
        UUID id = UUID.randomUUID();
        for (RowOutcome checked : List.of(RowOutcome.VALID, RowOutcome.CHANGED, RowOutcome.UNCHANGED)) {
            outcomes.list(new OrganisationRow(outcomes.counts().rows() + 2, id, "Chi bộ I", checked, List.of(),
                    checked == RowOutcome.CHANGED ? List.of("term") : null));
        }
        assertEquals(List.of(RowOutcome.IMPORTED, RowOutcome.UPDATED, RowOutcome.UNCHANGED),
                outcomes.writtenReport().stream().map(RowReport::outcome).toList());
        assertEquals(List.of("term"), ((OrganisationRow) outcomes.writtenReport().get(1)).changedFields());
        assertEquals(new Outcomes.Counts(1, 1, 1, 0), outcomes.counts(), "writing changes no counter");
        assertEquals(RowOutcome.INVALID, RowOutcome.INVALID.written());
    }
}
