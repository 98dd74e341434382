package vn.dangbo.docs.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.election.ElectionEventData.Convener;
import vn.dangbo.docs.election.ElectionEventData.Election;
import vn.dangbo.docs.election.ElectionEventData.HigherBody;

/** The body a ballot and the minutes name, from the office's title and the convener. */
class ElectionNamesTest {

    private static final Convener COMMITTEE = new Convener(UUID.randomUUID(), "Đảng bộ Văn phòng UBND tỉnh", "ĐU",
            "GRASSROOTS_COMMITTEE");
    private static final Convener CELL = new Convener(UUID.randomUUID(), "Chi bộ I", null, "CELL");
    private static final HigherBody HIGHER = new HigherBody(UUID.randomUUID(),
            "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");

    @Test
    void eachOfficeIsNamedWithItsOrganisation() {
        assertEquals("Ban Chấp hành Đảng bộ Văn phòng UBND tỉnh", body("PARTY_COMMITTEE", "Ban Chấp hành Đảng bộ", COMMITTEE));
        assertEquals("Ban Thường vụ Đảng ủy Văn phòng UBND tỉnh", body("STANDING_COMMITTEE", "Ban Thường vụ", COMMITTEE));
        assertEquals("Bí thư Đảng ủy Văn phòng UBND tỉnh", body("SECRETARY", "Bí thư", COMMITTEE));
        assertEquals("Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Văn phòng UBND tỉnh",
                body("INSPECTION_CHAIR", "Chủ nhiệm Ủy ban Kiểm tra", COMMITTEE));
        assertEquals("Chi ủy Chi bộ I", body("CELL_COMMITTEE", "Chi ủy", CELL));
        assertEquals("Phó Bí thư Chi bộ I", body("DEPUTY_SECRETARY", "Phó Bí thư", CELL));
        assertEquals("Đại biểu dự Đại hội Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh",
                body("DELEGATION", "Đại biểu dự Đại hội cấp trên", COMMITTEE));
        // a title that names its organisation already is kept as it is
        assertEquals("Ban Chấp hành Đảng bộ Văn phòng UBND tỉnh",
                body("PARTY_COMMITTEE", "Ban Chấp hành Đảng bộ Văn phòng UBND tỉnh", COMMITTEE));
    }

    @Test
    void theNewCommitteesFirstMeetingElectsItsOffices() {
        Election standing = new Election(UUID.randomUUID(), "STANDING_COMMITTEE", "Ban Thường vụ", "NEW_COMMITTEE", 1,
                3, 0, "STRIKE_OUT");
        assertEquals("Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ Văn phòng UBND tỉnh",
                ElectionNames.meeting(standing, COMMITTEE));
        assertEquals("Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", ElectionNames.approvingBody(HIGHER));
        assertEquals("54,55", ElectionNames.percent("54.55"));
    }

    private static String body(String office, String title, Convener convener) {
        return ElectionNames.body(new Election(UUID.randomUUID(), office, title, "CONGRESS", 1, 1, 0, "STRIKE_OUT"),
                convener, HIGHER);
    }

    @Test
    void aCellsCongressIsNamedAfterTheCellThoughItsCommitteeConvenesIt() {
        ElectionEventData.Congress cellCongress = new ElectionEventData.Congress(UUID.randomUUID(), CELL.id(),
                CELL.name(), "CELL", "ALL_MEMBER", "2020-03-20", "2020-03-20", "2020-2022");
        Convener holder = cellCongress.holder(COMMITTEE);
        HigherBody above = cellCongress.holderHigher(COMMITTEE, HIGHER);
        Election committee = new Election(UUID.randomUUID(), "CELL_COMMITTEE", "Chi ủy", "CONGRESS", 1, 3, 0,
                "STRIKE_OUT");
        assertEquals("Chi ủy Chi bộ I", ElectionNames.body(committee, holder, above));
        assertEquals("Đại hội Chi bộ I", ElectionNames.meeting(committee, holder));
        Election delegation = new Election(UUID.randomUUID(), "DELEGATION", "Đại biểu dự Đại hội cấp trên",
                "CONGRESS", 1, 2, 1, "STRIKE_OUT");
        assertEquals("Đại biểu dự Đại hội Đảng bộ Văn phòng UBND tỉnh", ElectionNames.body(delegation, holder, above));
        // a committee's congress: the convener is its own organisation
        ElectionEventData.Congress committeeCongress = new ElectionEventData.Congress(UUID.randomUUID(),
                COMMITTEE.id(), COMMITTEE.name(), "GRASSROOTS_COMMITTEE", "DELEGATE", "2020-06-18", "2020-06-19",
                "2020-2025");
        assertEquals(COMMITTEE, committeeCongress.holder(COMMITTEE));
        assertEquals(HIGHER, committeeCongress.holderHigher(COMMITTEE, HIGHER));
    }
}
