package vn.dangbo.registry.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.web.Problem.FieldError;

/**
 * One row of a job's report: rows are numbered as in a spreadsheet (the header is row 1), errors are named by
 * column, a changed row names the fields it changes. Each kind of import names its row its own way.
 */
public sealed interface RowReport {

    int row();

    RowOutcome outcome();

    /** The same row once the file is written (see {@link RowOutcome#written()}). */
    RowReport written();

    /** A member file's row, named by the member's full name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MemberRow(int row, String fullName, RowOutcome outcome, List<FieldError> errors,
            List<String> changedFields) implements RowReport {

        static MemberRow invalid(int row, String fullName, List<FieldError> errors) {
            return new MemberRow(row, fullName, RowOutcome.INVALID, errors, null);
        }

        @Override
        public MemberRow written() {
            return new MemberRow(row, fullName, outcome.written(), errors, changedFields);
        }
    }

    /** An organisation file's row, named by the organisation's id and name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OrganisationRow(int row, UUID id, String name, RowOutcome outcome, List<FieldError> errors,
            List<String> changedFields) implements RowReport {

        @Override
        public OrganisationRow written() {
            return new OrganisationRow(row, id, name, outcome.written(), errors, changedFields);
        }
    }
}
