package vn.dangbo.registry.member;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.kit.web.Problem.FieldError;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.organisation.Organisation;
import vn.dangbo.registry.organisation.OrganisationQueries;
import vn.dangbo.registry.organisation.OrganisationStatus;

/** Members take part in cells only, and only in active ones: registration, transfer and attachment ask here. */
@ApplicationScoped
public class Cells {

    private final OrganisationQueries organisations;

    public Cells(OrganisationQueries organisations) {
        this.organisations = organisations;
    }

    /** The active cell with this id, or the problem of {@code field}. */
    Organisation cell(UUID id, String field) {
        Organisation organisation;
        try {
            organisation = organisations.get(id);
        } catch (ProblemException e) {
            throw ProblemException.invalid(field, "không có tổ chức đảng với mã này");
        }
        cellProblem(organisation, field).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem.message(), field);
        });
        return organisation;
    }

    /** Why members may not be registered in the organisation ({@code null}: none with that id), if they may not. */
    static Optional<FieldError> cellProblem(Organisation organisation, String field) {
        if (organisation == null) {
            return Optional.of(new FieldError(field, "không có tổ chức đảng với mã này"));
        }
        if (!organisation.type.holdsMembers()) {
            return Optional.of(new FieldError(field,
                    "Đảng viên sinh hoạt tại chi bộ; " + organisation.name + " không phải là chi bộ"));
        }
        if (organisation.status != OrganisationStatus.ACTIVE) {
            return Optional.of(new FieldError(field, organisation.name + " đã giải thể hoặc hợp nhất"));
        }
        return Optional.empty();
    }
}
