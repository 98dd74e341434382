package vn.dangbo.emulation.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.invitation.InviteeRules.Candidate;
import vn.dangbo.emulation.invitation.InviteeRules.Person;
import vn.dangbo.emulation.invitation.InviteeRules.Plan;
import vn.dangbo.emulation.invitation.InviteeRules.Position;
import vn.dangbo.emulation.invitation.InviteeRules.Role;
import vn.dangbo.emulation.invitation.InviteeRules.Stored;

class InviteeRulesTest {

    private static final List<String> GROUPS = List.of("PROVINCIAL_LEADERS", "BLOC_COMMITTEE",
            "GRASSROOTS_SECRETARIES", "AWARD_RECIPIENTS");
    private final UUID an = UUID.randomUUID();

    @Test
    void aPersonInThreeGroupsIsOneInviteeWithThreeRolesInTheGroupsOrder() {
        List<Person> people = InviteeRules.merge(List.of(
                candidate("AWARD_RECIPIENTS", "Giấy khen"),
                candidate("BLOC_COMMITTEE", "Ủy viên Ban Chấp hành Đảng bộ Khối"),
                new Candidate("EXTERNAL:1", null, "Trần Văn Bình", "Phó Bí thư Tỉnh ủy", "Tỉnh ủy Lào Cai", null,
                        "PROVINCIAL_LEADERS", null),
                candidate("GRASSROOTS_SECRETARIES", "Bí thư Chi bộ Sở Tài chính"),
                candidate("AWARD_RECIPIENTS", "counted once per group")), GROUPS);

        assertEquals(2, people.size(), "counted once");
        Person person = people.get(0);
        assertEquals(List.of(new Role("BLOC_COMMITTEE", "Ủy viên Ban Chấp hành Đảng bộ Khối"),
                new Role("GRASSROOTS_SECRETARIES", "Bí thư Chi bộ Sở Tài chính"),
                new Role("AWARD_RECIPIENTS", "Giấy khen")), person.roles());
        assertEquals("Chi bộ Sở Tài chính", person.organisationName());
    }

    @Test
    void aRefreshAddsChangesAndWithdrawsOnlyWhatDiffers() {
        Person same = new Person("MEMBER:" + an, an, "Nguyễn Văn An", null, "Chi bộ A", null,
                List.of(new Role("BLOC_COMMITTEE", null)));
        Person renamed = new Person("EXTERNAL:2", null, "Lê Thị Hoa", "Nguyên Phó Bí thư", null, null,
                List.of(new Role("PROVINCIAL_LEADERS", null)));
        Person fresh = new Person("EXTERNAL:3", null, "Phạm Văn Cường", null, null, null,
                List.of(new Role("PROVINCIAL_LEADERS", null)));
        Map<String, Stored> stored = Map.of(
                same.personKey(), new Stored(same.personKey(), "Nguyễn Văn An", null, "Chi bộ A", same.roles(), false),
                renamed.personKey(), new Stored(renamed.personKey(), "Lê Thị Hoa", "Phó Bí thư", null,
                        renamed.roles(), false),
                "EXTERNAL:9", new Stored("EXTERNAL:9", "Gone", null, null, List.of(), false),
                "EXTERNAL:8", new Stored("EXTERNAL:8", "Long gone", null, null, List.of(), true));

        Plan plan = InviteeRules.plan(List.of(same, renamed, fresh), stored);

        assertEquals(List.of(fresh), plan.added());
        assertEquals(List.of(renamed), plan.changed());
        assertEquals(List.of("EXTERNAL:9"), plan.withdrawn(), "already withdrawn is not withdrawn again");
        assertEquals(3, plan.total());
    }

    @Test
    void theHashChangesWithTheTitleAndWithTheEventsTimeNotOtherwise() {
        String before = InviteeRules.contentHash("Lê Thị Hoa", "Phó Bí thư", "Tỉnh ủy", List.of("Khách mời"),
                "2024-05-10 08:00-11:30", "Hội trường lớn");
        assertEquals(before, InviteeRules.contentHash("Lê Thị Hoa", "Phó Bí thư", "Tỉnh ủy", List.of("Khách mời"),
                "2024-05-10 08:00-11:30", "Hội trường lớn"));
        assertNotEquals(before, InviteeRules.contentHash("Lê Thị Hoa", "Bí thư", "Tỉnh ủy", List.of("Khách mời"),
                "2024-05-10 08:00-11:30", "Hội trường lớn"));
        assertNotEquals(before, InviteeRules.contentHash("Lê Thị Hoa", "Phó Bí thư", "Tỉnh ủy", List.of("Khách mời"),
                "2024-05-17 08:00-11:30", "Hội trường lớn"));
    }

    @Test
    void aGuestTypedTwiceWithOrWithoutAccentsIsOnePerson() {
        assertEquals(InviteeRules.guestIdentity("Trần Văn Đức", "Tỉnh ủy Lào Cai"),
                InviteeRules.guestIdentity(" tran van  duc", "TINH UY LAO CAI"));
        assertNotEquals(InviteeRules.guestIdentity("Trần Văn Đức", "Tỉnh ủy Lào Cai"),
                InviteeRules.guestIdentity("Trần Văn Đức", "Huyện ủy Bát Xát"));
    }

    @Test
    void aMembersTitleIsTheirBlocPositionThenTheirHighestOther() {
        assertEquals("Ủy viên Ban Chấp hành Đảng bộ Khối, Bí thư Chi bộ Sở Tài chính", InviteeRules.memberTitle(List.of(
                new Position("DEPUTY_SECRETARY", "Chi bộ Sở Xây dựng", false),
                new Position("SECRETARY", "Chi bộ Sở Tài chính", false),
                new Position("COMMITTEE_MEMBER", "Đảng bộ Khối", true))));
        assertEquals(null, InviteeRules.memberTitle(List.of()));
    }

    @Test
    void tokensAreLongRandomUrlSafeAndUnique() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = InvitationTokens.next();
            assertTrue(token.matches("[A-Za-z0-9_-]{32,}"), token);
            tokens.add(token);
        }
        assertEquals(10_000, tokens.size());
    }

    private Candidate candidate(String group, String reason) {
        return new Candidate("MEMBER:" + an, an, "Nguyễn Văn An", null, "Chi bộ Sở Tài chính", null, group, reason);
    }
}
