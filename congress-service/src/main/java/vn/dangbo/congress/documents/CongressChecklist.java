package vn.dangbo.congress.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.documents.DocumentRecords.DocumentResponse;
import vn.dangbo.kit.web.ProblemException;

/** Reads a congress' checklist as the API shows it. */
@ApplicationScoped
public class CongressChecklist {

    private final CongressDocumentRepository documents;

    public CongressChecklist(CongressDocumentRepository documents) {
        this.documents = documents;
    }

    /** @param today the day in Vietnam, for the overdue flags */
    public List<DocumentResponse> of(UUID congressId, LocalDate today) {
        List<DocumentResponse> items = documents.ofCongress(congressId).stream()
                .map(d -> DocumentResponse.of(d, today)).toList();
        if (items.isEmpty()) {
            throw ProblemException.notFound("Không có danh mục văn kiện của đại hội với mã " + congressId);
        }
        return items;
    }
}
