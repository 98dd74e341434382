package vn.dangbo.registry.member;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.organisation.OrganisationQueries;

/** Pages of members matching filters, in Vietnamese list order (the queries themselves: {@link MemberSearchQuery}). */
@ApplicationScoped
public class MemberSearchService {

    private final MemberRepository members;
    private final OrganisationQueries organisations;

    public MemberSearchService(MemberRepository members, OrganisationQueries organisations) {
        this.members = members;
        this.organisations = organisations;
    }

    /** One page of members matching the filters, in Vietnamese list order, and the cursor of the next page. */
    public record SearchPage(List<Member> items, String nextCursor) {
    }

    public SearchPage search(MemberSearch.Filters filters, String cursor, int size) {
        MemberSearch.Cursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            after = MemberSearch.Cursor.decode(cursor);
            if (after == null) {
                throw ProblemException.invalid("cursor", "con trỏ trang không hợp lệ; hãy dùng nextCursor của trang trước");
            }
        }
        String subtreePath = null;
        if (filters.subtreeOf() != null) {
            try {
                subtreePath = organisations.get(filters.subtreeOf()).path;
            } catch (ProblemException e) {
                throw ProblemException.invalid("organisationId", "không có tổ chức đảng với mã này");
            }
        }
        List<Member> page = members.search(filters, after, size + 1, subtreePath);
        String next = null;
        if (page.size() > size) {
            page = page.subList(0, size);
            Member last = page.get(size - 1);
            next = new MemberSearch.Cursor(last.sortKey, last.id).encode();
        }
        return new SearchPage(page, next);
    }
}
