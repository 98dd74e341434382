package vn.dangbo.registry.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;
import static vn.dangbo.registry.support.RegistryApi.send;
import static vn.dangbo.registry.support.RegistryApi.step;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.registry.member.MemberSearchQuery.Limits;
import vn.dangbo.registry.member.MemberSearchQuery.Strategy;
import vn.dangbo.registry.organisation.OrganisationRepository;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * A search is answered in one of several ways depending on how many members match (MemberSearchQuery); whichever
 * is used, the pages must list the same members in the same order, each once. Each way is forced here and paged
 * through two members at a time, against the list computed from the rules in Java, after one member has left the
 * list and another has moved out of the subtree (the name keys follow both).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class MemberSearchStrategiesTest {

    @Inject
    MemberRepository members;
    @Inject
    OrganisationRepository organisations;

    UUID bloc;
    final List<Created> created = new ArrayList<>();

    record Created(UUID id, String name, String sex, String ethnicity, LocalDate birth, Standing state) {
    }

    @BeforeEach
    void members() {
        created.clear();
        bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối thử tìm kiếm", "ĐUK");
        UUID committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Tư pháp", "ĐU");
        UUID first = organisation(committee, "CELL", "Chi bộ Văn phòng", "CB");
        UUID second = organisation(committee, "CELL", "Chi bộ Thanh tra", "CB");
        UUID grassrootsCell = organisation(bloc, "GRASSROOTS_CELL", "Chi bộ Báo Nhân dân", "CB");
        String[][] people = {
            {"Nguyễn Văn An", "MALE", "Kinh", "1980-02-03"}, {"Nguyễn Văn An", "MALE", "Tày", "1970-05-06"},
            {"Trần Thị An", "FEMALE", "Kinh", "1975-01-01"}, {"An Văn An", "MALE", "Kinh", "1990-09-09"},
            {"Lê Thị Ánh", "FEMALE", "Mường", "1972-03-04"}, {"Phạm An Anh", "MALE", "Kinh", "1985-12-12"},
            {"Hoàng Văn Ân", "MALE", "Tày", "1966-06-06"}, {"Đỗ Văn Đức", "MALE", "Kinh", "1979-08-08"},
            {"Vũ Thị Hà", "FEMALE", "Kinh", "1971-07-07"}, {"Bùi Văn Thi", "MALE", "Kinh", "1988-08-08"},
            {"Ngô Thị Thi An", "FEMALE", "Kinh", "1977-07-07"}, {"Đặng Văn Văn", "MALE", "Dao", "1960-01-01"},
            {"Lý Thị Anh Thư", "FEMALE", "Kinh", "1992-02-02"}, {"Trần Văn An", "MALE", "Kinh", "1983-03-03"},
        };
        UUID[] cells = {first, second, grassrootsCell};
        for (int i = 0; i < people.length; i++) {
            String[] p = people[i];
            Map<String, Object> body = memberBody(cells[i % cells.length], p[0], true);
            body.put("sex", p[1]);
            body.put("ethnicity", p[2]);
            body.put("birthDate", p[3]);
            UUID id = UUID.fromString(registerMember(admin(), body).statusCode(201).extract().path("id"));
            created.add(new Created(id, p[0], p[1], p[2], LocalDate.parse(p[3]), Standing.ACTIVE));
        }
        // one leaves the list (the keys follow the state), one moves out of the subtree (they follow the cell)
        Created expelled = created.get(1);
        send(admin(), "POST", "/members/" + expelled.id() + "/expulsion", null,
                step(LocalDate.now(), "Quyết định số 41-QĐ/UBKT")).statusCode(200);
        created.set(1, new Created(expelled.id(), expelled.name(), expelled.sex(), expelled.ethnicity(),
                expelled.birth(), Standing.LEFT));
        // a namesake outside the subtree: never in these lists
        UUID elsewhere = organisation(organisation(null, "BLOC_COMMITTEE", "Đảng bộ khác", "ĐUK"), "GRASSROOTS_CELL",
                "Chi bộ khác", "CB");
        registerMember(admin(), memberBody(elsewhere, "Nguyễn Văn An", true)).statusCode(201);
        Created moved = created.remove(created.size() - 1);
        send(admin(), "POST", "/members/" + moved.id() + "/transfer", null, Map.of("toOrganisationId", elsewhere,
                "effectiveDate", LocalDate.now().toString(), "decisionReference", "Quyết định số 43-QĐ/ĐU"))
                .statusCode(200);
    }

    @Test
    void everyWayOfAnsweringGivesTheSamePagesAsTheRules() {
        List<MemberSearch.Filters> searches = List.of(
                filters("an", null, null, null, null), filters("van an", null, null, null, null),
                filters("nguyen van an", null, null, null, null), filters("thi", null, null, null, null),
                filters("nguyen van", null, null, null, null), filters("thi an", null, null, null, null),
                filters("van", null, null, null, null), filters("a", null, null, null, null),
                filters("thi an", "FEMALE", null, null, null), filters("an", null, "1970-01-01", "1985-12-31", null),
                filters("an", null, null, null, "tày"), filters(null, "FEMALE", "1970-01-01", "1979-12-31", null),
                filters(null, null, null, null, "kinh"), filters(null, null, null, null, null),
                filters("xyz", null, null, null, null),
                new MemberSearch.Filters("nguyen van an", null, null, Standing.LEFT, null, null, null, null),
                new MemberSearch.Filters("an", null, null, null, null, null, null, null));
        String path = organisations.findById(bloc).path;
        List<Limits> ways = List.of(
                new Limits(10_000, 30_000, 40, 20_000, Strategy.NAME_COLLECT),
                new Limits(10_000, 30_000, 40, 20_000, Strategy.NAME_MERGED),
                new Limits(10_000, 30_000, 40, 20_000, Strategy.MEMBER_SCAN),
                // the subtree as an exists on the organisation path instead of a list of ids
                new Limits(10_000, 30_000, 40, 0, Strategy.NAME_MERGED),
                new Limits(10_000, 30_000, 40, 0, Strategy.NAME_COLLECT),
                new Limits(10_000, 30_000, 40, 0, Strategy.MEMBER_SCAN),
                // chosen by the sizes, with limits that make these few members "common" or "small"
                new Limits(1, 0, 40, 20_000, null), new Limits(1, 0, 1, 20_000, null), Limits.DEFAULT);
        for (MemberSearch.Filters search : searches) {
            List<UUID> expected = expected(search);
            for (Limits way : ways) {
                if (search.name() == null && way.forced() != null && way.forced() != Strategy.MEMBER_SCAN) {
                    continue;
                }
                assertEquals(expected, pages(search, path, way), search + " answered by " + way);
            }
        }
        assertFalse(expected(filters("an", null, null, null, null)).isEmpty());
    }

    private List<UUID> pages(MemberSearch.Filters search, String path, Limits way) {
        List<UUID> seen = new ArrayList<>();
        MemberSearch.Cursor cursor = null;
        while (true) {
            MemberSearch.Cursor after = cursor;
            List<Member> page = QuarkusTransaction.requiringNew().call(() -> members.search(search, after, 3, path, way));
            List<Member> shown = page.size() > 2 ? page.subList(0, 2) : page;
            shown.forEach(m -> seen.add(m.id));
            if (page.size() <= 2) {
                return seen;
            }
            Member last = shown.get(1);
            cursor = new MemberSearch.Cursor(last.sortKey, last.id);
        }
    }

    private List<UUID> expected(MemberSearch.Filters f) {
        return created.stream()
                .filter(c -> f.name() == null
                        || (" " + VietnameseText.fold(c.name())).contains(" " + VietnameseText.fold(f.name())))
                .filter(c -> f.state() == null || f.state() == c.state())
                .filter(c -> f.sex() == null || f.sex().name().equals(c.sex()))
                .filter(c -> f.bornFrom() == null || !c.birth().isBefore(f.bornFrom()))
                .filter(c -> f.bornTo() == null || !c.birth().isAfter(f.bornTo()))
                .filter(c -> f.ethnicity() == null || f.ethnicity().equalsIgnoreCase(c.ethnicity()))
                // list order, then ties by id as PostgreSQL orders uuids (their text, byte by byte)
                .sorted(Comparator.comparing((Created c) -> VietnameseText.sortKey(c.name()))
                        .thenComparing(c -> c.id().toString()))
                .map(Created::id).toList();
    }

    private static MemberSearch.Filters filters(String name, String sex, String bornFrom, String bornTo,
            String ethnicity) {
        // on the list, as the API searches unless told otherwise
        return new MemberSearch.Filters(name, null, null, Standing.ACTIVE, sex == null ? null : Sex.valueOf(sex),
                bornFrom == null ? null : LocalDate.parse(bornFrom), bornTo == null ? null : LocalDate.parse(bornTo),
                ethnicity);
    }
}
