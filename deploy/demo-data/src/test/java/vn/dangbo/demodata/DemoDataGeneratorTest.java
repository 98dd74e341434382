package vn.dangbo.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Plain unit tests of the demo data generator (no Quarkus). */
class DemoDataGeneratorTest {

    private static final LocalDate ANNIVERSARY = LocalDate.of(2024, 5, 10);
    private static final LocalDate CONGRESS_REFERENCE = LocalDate.of(2020, 4, 1);

    private static final Pattern NATIONAL_ID = Pattern.compile("\\d{12}");
    private static final Pattern PHONE = Pattern.compile("0[35789]\\d{8}");
    private static final Pattern PARTY_CARD = Pattern.compile("\\d{8}");
    private static final Pattern TERM = Pattern.compile("(\\d{4})-(\\d{4})");

    static Stream<Arguments> seedsAndDates() {
        return Stream.of(
                Arguments.of(DemoDataGenerator.DEFAULT_SEED, ANNIVERSARY),
                Arguments.of(1L, CONGRESS_REFERENCE),
                Arguments.of(42L, LocalDate.of(2026, 2, 28)),
                Arguments.of(-7L, LocalDate.of(2025, 12, 31)),
                Arguments.of(20240229L, LocalDate.of(2024, 2, 29)));
    }

    // ---------------------------------------------------------------------------------------------
    // Determinism
    // ---------------------------------------------------------------------------------------------

    @Test
    void sameSeedAndDateGiveTheSameDataset() {
        DemoDataset a = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED, ANNIVERSARY);
        DemoDataset b = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED, ANNIVERSARY);
        assertEquals(a, b);
        assertEquals(a.organisations(), b.organisations());
        assertEquals(a.members(), b.members());
    }

    @Test
    void otherSeedGivesOtherMembersOnTheSameTree() {
        DemoDataset a = DemoDataGenerator.generate(1L, ANNIVERSARY);
        DemoDataset b = DemoDataGenerator.generate(2L, ANNIVERSARY);
        assertEquals(a.organisations(), b.organisations(), "the organisation tree does not depend on the seed");
        assertNotEquals(a.members(), b.members());
        assertNotEquals(a.members().get(0).fullName() + a.members().get(0).nationalId(),
                b.members().get(0).fullName() + b.members().get(0).nationalId());
    }

    // ---------------------------------------------------------------------------------------------
    // Shape
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("seedsAndDates")
    void sizesAreThoseOfAProvincialBloc(long seed, LocalDate ref) {
        DemoDataset ds = DemoDataGenerator.generate(seed, ref);
        Map<String, Long> byType = ds.organisations().stream()
                .collect(Collectors.groupingBy(DemoOrganisation::type, TreeMap::new, Collectors.counting()));
        assertEquals(1L, byType.get("BLOC_COMMITTEE"));
        long committees = byType.get("GRASSROOTS_COMMITTEE");
        long grassrootsCells = byType.get("GRASSROOTS_CELL");
        assertTrue(committees >= 20, "grassroots committees: " + committees);
        assertTrue(grassrootsCells >= 10, "grassroots cells: " + grassrootsCells);
        long grassroots = committees + grassrootsCells;
        assertTrue(grassroots >= 55 && grassroots <= 65, "grassroots organisations: " + grassroots);
        long cells = byType.get("CELL");
        assertTrue(cells >= 280 && cells <= 320, "cells: " + cells);
        int members = ds.members().size();
        assertTrue(members >= 4900 && members <= 5100, "members: " + members);
    }

    @ParameterizedTest
    @MethodSource("seedsAndDates")
    void everyParentExistsAndComesFirst(long seed, LocalDate ref) {
        DemoDataset ds = DemoDataGenerator.generate(seed, ref);
        Map<String, DemoOrganisation> seen = new HashMap<>();
        for (DemoOrganisation o : ds.organisations()) {
            if ("BLOC_COMMITTEE".equals(o.type())) {
                assertNull(o.parentKey());
                assertEquals("ĐUK", o.shortCode());
                assertEquals("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", o.name());
            } else {
                DemoOrganisation parent = seen.get(o.parentKey());
                assertNotNull(parent, o.key() + ": parent " + o.parentKey() + " missing or listed later");
                String expectedParent = "CELL".equals(o.type())
                        ? "GRASSROOTS_COMMITTEE" : "BLOC_COMMITTEE";
                assertEquals(expectedParent, parent.type(), o.key());
            }
            switch (o.type()) {
                case "GRASSROOTS_COMMITTEE" -> {
                    assertEquals("ĐU", o.shortCode(), o.key());
                    assertTrue(o.name().startsWith("Đảng bộ "), o.name());
                }
                case "GRASSROOTS_CELL", "CELL" -> {
                    assertEquals("CB", o.shortCode(), o.key());
                    assertTrue(o.name().startsWith("Chi bộ "), o.name());
                }
                default -> {
                }
            }
            assertTrue(TERM.matcher(o.term()).matches(), o.term());
            assertNull(seen.put(o.key(), o), "duplicate key " + o.key());
        }
        // every committee has cells; no committee or bloc holds members directly
        Set<String> parentsOfCells = ds.organisations().stream().filter(o -> "CELL".equals(o.type()))
                .map(DemoOrganisation::parentKey).collect(Collectors.toSet());
        for (DemoOrganisation o : ds.organisations()) {
            if ("GRASSROOTS_COMMITTEE".equals(o.type())) {
                assertTrue(parentsOfCells.contains(o.key()), o.key() + " has no cells");
            }
        }
        for (DemoMember m : ds.members()) {
            DemoOrganisation o = seen.get(m.organisationKey());
            assertNotNull(o, m.key());
            assertTrue("CELL".equals(o.type()) || "GRASSROOTS_CELL".equals(o.type()),
                    m.key() + " is attached to " + o.type());
        }
    }

    @Test
    void termsFollowTheReferenceDate() {
        DemoDataset in2020 = DemoDataGenerator.generate(1L, CONGRESS_REFERENCE);
        assertEquals("2020-2025", org(in2020, DemoDataGenerator.BLOC_KEY).term());
        assertEquals("2020-2025", org(in2020, DemoDataGenerator.OFFICE_KEY).term());
        assertEquals("2020-2022", org(in2020, DemoDataGenerator.PILOT_CELL_KEY).term());

        DemoDataset in2024 = DemoDataGenerator.generate(1L, ANNIVERSARY);
        assertEquals("2020-2025", org(in2024, DemoDataGenerator.BLOC_KEY).term());
        assertEquals("2022-2025", org(in2024, DemoDataGenerator.PILOT_CELL_KEY).term());

        DemoDataset in2026 = DemoDataGenerator.generate(1L, LocalDate.of(2026, 1, 15));
        assertEquals("2025-2030", org(in2026, DemoDataGenerator.BLOC_KEY).term());
        assertEquals("2025-2027", org(in2026, DemoDataGenerator.PILOT_CELL_KEY).term());
    }

    @ParameterizedTest
    @MethodSource("seedsAndDates")
    void everyCellHasAtLeastThreeFullMembers(long seed, LocalDate ref) {
        DemoDataset ds = DemoDataGenerator.generate(seed, ref);
        Map<String, Long> full = ds.members().stream().filter(m -> m.fullMemberOn() != null)
                .collect(Collectors.groupingBy(DemoMember::organisationKey, Collectors.counting()));
        for (DemoOrganisation o : ds.organisations()) {
            if ("CELL".equals(o.type()) || "GRASSROOTS_CELL".equals(o.type())) {
                assertTrue(full.getOrDefault(o.key(), 0L) >= 3, o.key() + " " + o.name());
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The office of the congress plan
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("seedsAndDates")
    void pilotCellSitsUnderTheOfficeWithEnoughFullMembers(long seed, LocalDate ref) {
        DemoDataset ds = DemoDataGenerator.generate(seed, ref);
        DemoOrganisation office = org(ds, DemoDataGenerator.OFFICE_KEY);
        assertEquals("Đảng bộ Văn phòng UBND tỉnh", office.name());
        assertEquals("GRASSROOTS_COMMITTEE", office.type());
        assertEquals(DemoDataGenerator.BLOC_KEY, office.parentKey());

        DemoOrganisation pilot = org(ds, DemoDataGenerator.PILOT_CELL_KEY);
        assertEquals("Chi bộ I", pilot.name());
        assertEquals("CELL", pilot.type());
        assertEquals(office.key(), pilot.parentKey());

        List<DemoOrganisation> officeCells = ds.organisations().stream()
                .filter(o -> office.key().equals(o.parentKey())).toList();
        assertTrue(officeCells.size() >= 5, "office cells: " + officeCells.size());
        assertEquals(List.of("Chi bộ I", "Chi bộ II", "Chi bộ III", "Chi bộ IV", "Chi bộ V", "Chi bộ VI"),
                officeCells.stream().map(DemoOrganisation::name).toList());

        assertTrue(fullMembers(ds, pilot.key()) >= 9, "Chi bộ I full members: " + fullMembers(ds, pilot.key()));
        long small = officeCells.stream().map(c -> fullMembers(ds, c.key())).filter(n -> n >= 5 && n <= 8).count();
        assertTrue(small >= 2, "office cells with 5-8 full members: " + small);
        long large = officeCells.stream().map(c -> fullMembers(ds, c.key())).filter(n -> n >= 9).count();
        assertTrue(large >= 2, "office cells with 9+ full members: " + large);
        for (DemoOrganisation c : officeCells) {
            long probationary = ds.members().stream()
                    .filter(m -> m.organisationKey().equals(c.key()) && m.fullMemberOn() == null).count();
            assertTrue(probationary <= 2, c.name() + " probationary: " + probationary);
        }
        // the Office's Chief sits in Chi bộ I
        List<DemoMember> chiefs = ds.members().stream()
                .filter(m -> m.jobTitle().equals("Chánh Văn phòng") && m.workplace().equals("Văn phòng UBND tỉnh"))
                .toList();
        assertEquals(1, chiefs.size());
        assertEquals(pilot.key(), chiefs.get(0).organisationKey());
        assertNotNull(chiefs.get(0).fullMemberOn());
    }

    // ---------------------------------------------------------------------------------------------
    // Members
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("seedsAndDates")
    void identifiersAreWellFormedAndUnique(long seed, LocalDate ref) {
        DemoDataset ds = DemoDataGenerator.generate(seed, ref);
        assertUnique(ds.members(), DemoMember::key, "member key");
        assertUnique(ds.members(), DemoMember::nationalId, "national ID");
        assertUnique(ds.members(), DemoMember::phone, "phone");
        assertUnique(ds.members(), DemoMember::partyCardNumber, "party card number");
        for (DemoMember m : ds.members()) {
            assertTrue(m.key().matches("m-\\d{6}"), m.key());
            assertTrue(NATIONAL_ID.matcher(m.nationalId()).matches(), m.nationalId());
            assertTrue(PHONE.matcher(m.phone()).matches(), m.phone());
            assertTrue(PARTY_CARD.matcher(m.partyCardNumber()).matches(), m.partyCardNumber());
            // CCCD digit 4 = century and sex, digits 5-6 = year of birth
            int year = m.birthDate().getYear();
            int centuryAndSex = 2 * (year / 100 - 19) + ("MALE".equals(m.sex()) ? 0 : 1);
            assertEquals(centuryAndSex, m.nationalId().charAt(3) - '0', m.nationalId());
            assertEquals(String.format("%02d", year % 100), m.nationalId().substring(4, 6), m.nationalId());
        }
    }

    @ParameterizedTest
    @MethodSource("seedsAndDates")
    void everyStringIsNfc(long seed, LocalDate ref) {
        DemoDataset ds = DemoDataGenerator.generate(seed, ref);
        for (DemoOrganisation o : ds.organisations()) {
            for (String s : new String[]{o.key(), o.parentKey(), o.name(), o.shortCode(), o.term()}) {
                assertNfc(s);
            }
        }
        for (DemoMember m : ds.members()) {
            for (String s : new String[]{m.key(), m.organisationKey(), m.fullName(), m.sex(), m.ethnicity(),
                    m.religion(), m.nationalId(), m.phone(), m.partyCardNumber(), m.jobTitle(), m.workplace()}) {
                assertNfc(s);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seedsAndDates")
    void datesAreConsistent(long seed, LocalDate ref) {
        DemoDataset ds = DemoDataGenerator.generate(seed, ref);
        for (DemoMember m : ds.members()) {
            int age = Period.between(m.birthDate(), ref).getYears();
            assertTrue(age >= 23 && age <= 60, m.key() + " age " + age);
            assertTrue(m.birthDate().plusMonths(retirementAgeMonths("MALE".equals(m.sex()), ref.getYear())).isAfter(ref),
                    m.key() + " is past retirement age");
            int ageAtAdmission = Period.between(m.birthDate(), m.admittedOn()).getYears();
            assertTrue(ageAtAdmission >= 18 && ageAtAdmission <= 60, m.key() + " admitted at " + ageAtAdmission);
            assertFalse(m.admittedOn().isBefore(m.birthDate().plusYears(18)), m.key());
            assertFalse(m.admittedOn().isAfter(ref), m.key());
            if (m.fullMemberOn() == null) {
                assertTrue(m.admittedOn().isAfter(ref.minusMonths(12)), m.key() + " probation longer than 12 months");
            } else {
                LocalDate due = m.admittedOn().plusMonths(12);
                assertFalse(m.fullMemberOn().isBefore(due), m.key());
                assertFalse(m.fullMemberOn().isAfter(due.plusDays(7)), m.key());
                assertFalse(m.fullMemberOn().isAfter(ref), m.key());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seedsAndDates")
    void probationaryShareIsRealistic(long seed, LocalDate ref) {
        DemoDataset ds = DemoDataGenerator.generate(seed, ref);
        double share = share(ds.members(), m -> m.fullMemberOn() == null);
        assertTrue(share >= 0.02 && share <= 0.06, "probationary share " + share);
    }

    @ParameterizedTest
    @MethodSource("seedsAndDates")
    void populationLooksLikeLaoCai(long seed, LocalDate ref) {
        DemoDataset ds = DemoDataGenerator.generate(seed, ref);
        List<DemoMember> ms = ds.members();
        double male = share(ms, m -> "MALE".equals(m.sex()));
        assertTrue(male >= 0.50 && male <= 0.60, "male share " + male);
        assertTrue(ms.stream().allMatch(m -> "MALE".equals(m.sex()) || "FEMALE".equals(m.sex())));

        double minorities = share(ms, m -> !"Kinh".equals(m.ethnicity()));
        assertTrue(minorities >= 0.15 && minorities <= 0.25, "minority share " + minorities);
        Set<String> ethnicities = ms.stream().map(DemoMember::ethnicity).collect(Collectors.toSet());
        assertTrue(ethnicities.containsAll(List.of("Kinh", "Tày", "Mông", "Dao", "Giáy", "Nùng")), ethnicities.toString());

        double noReligion = share(ms, m -> "Không".equals(m.religion()));
        assertTrue(noReligion >= 0.9, "no religion " + noReligion);

        long badgeCandidates = ms.stream()
                .filter(m -> Period.between(m.admittedOn(), ref).getYears() >= 30).count();
        assertTrue(badgeCandidates >= 50, "members with 30+ years: " + badgeCandidates);

        Set<String> families = ms.stream().map(m -> m.fullName().split(" ")[0]).collect(Collectors.toSet());
        assertTrue(families.containsAll(List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Giàng", "Lò", "Vàng")),
                families.toString());
        for (DemoMember m : ms) {
            String[] words = m.fullName().split(" ");
            assertTrue(words.length >= 3, m.fullName());
            for (String w : words) {
                assertTrue(Character.isUpperCase(w.codePointAt(0)), m.fullName());
            }
            if ("FEMALE".equals(m.sex()) && "Kinh".equals(m.ethnicity())) {
                assertFalse(words[1].equals("Văn"), m.fullName());
            }
            if ("MALE".equals(m.sex())) {
                assertFalse(words[1].equals("Thị"), m.fullName());
            }
        }
    }

    @Test
    void jobTitlesAndWorkplacesMatchTheOrganisation() {
        DemoDataset ds = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED, ANNIVERSARY);
        Map<String, DemoOrganisation> byKey = new HashMap<>();
        ds.organisations().forEach(o -> byKey.put(o.key(), o));
        Map<String, Set<String>> workplacesByGrassroots = new TreeMap<>();
        for (DemoMember m : ds.members()) {
            DemoOrganisation o = byKey.get(m.organisationKey());
            DemoOrganisation grassroots = "CELL".equals(o.type()) ? byKey.get(o.parentKey()) : o;
            workplacesByGrassroots.computeIfAbsent(grassroots.key(), k -> new HashSet<>()).add(m.workplace());
            assertFalse(m.jobTitle().isBlank(), m.key());
        }
        workplacesByGrassroots.forEach((k, w) -> assertEquals(1, w.size(), k + " " + w));

        DemoOrganisation finance = ds.organisations().stream()
                .filter(o -> o.name().equals("Đảng bộ Sở Tài chính")).findFirst().orElseThrow();
        List<DemoMember> financeMembers = membersUnder(ds, finance.key());
        assertTrue(financeMembers.stream().allMatch(m -> m.workplace().equals("Sở Tài chính")));
        assertEquals(1, financeMembers.stream().filter(m -> m.jobTitle().equals("Giám đốc Sở")).count());
        assertTrue(financeMembers.stream().anyMatch(m -> m.jobTitle().equals("Chuyên viên")));
        assertTrue(financeMembers.stream().anyMatch(m -> m.jobTitle().equals("Trưởng phòng")));

        for (String name : List.of("Chi bộ Sở Tư pháp", "Đảng bộ Công ty Điện lực Lào Cai",
                "Đảng bộ Kho bạc Nhà nước tỉnh", "Chi bộ Ban Dân tộc tỉnh")) {
            assertTrue(ds.organisations().stream().anyMatch(o -> o.name().equals(name)), name);
        }
        List<DemoMember> power = membersUnder(ds, ds.organisations().stream()
                .filter(o -> o.name().equals("Đảng bộ Công ty Điện lực Lào Cai")).findFirst().orElseThrow().key());
        assertTrue(power.stream().anyMatch(m -> m.jobTitle().equals("Kỹ sư")));
        assertEquals(1, power.stream().filter(m -> m.jobTitle().equals("Giám đốc")).count());
    }

    @Test
    void retirementAgeFollowsTheLabourCode() {
        assertEquals(720, DemoDataGenerator.retirementAgeMonths(true, 2020));
        assertEquals(660, DemoDataGenerator.retirementAgeMonths(false, 2020));
        assertEquals(723, DemoDataGenerator.retirementAgeMonths(true, 2021));
        assertEquals(664, DemoDataGenerator.retirementAgeMonths(false, 2021));
        assertEquals(732, DemoDataGenerator.retirementAgeMonths(true, 2024));
        assertEquals(744, DemoDataGenerator.retirementAgeMonths(true, 2028));
        assertEquals(744, DemoDataGenerator.retirementAgeMonths(true, 2040));
        assertEquals(720, DemoDataGenerator.retirementAgeMonths(false, 2035));
        assertEquals(720, DemoDataGenerator.retirementAgeMonths(false, 2040));
    }

    // ---------------------------------------------------------------------------------------------
    // helpers
    // ---------------------------------------------------------------------------------------------

    /** Labour Code 2019 art. 169, written out independently of the generator. */
    private static int retirementAgeMonths(boolean male, int year) {
        if (year <= 2020) {
            return male ? 60 * 12 : 55 * 12;
        }
        return male ? Math.min(60 * 12 + 3 + 3 * (year - 2021), 62 * 12)
                : Math.min(55 * 12 + 4 + 4 * (year - 2021), 60 * 12);
    }

    private static DemoOrganisation org(DemoDataset ds, String key) {
        return ds.organisations().stream().filter(o -> o.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no organisation " + key));
    }

    private static long fullMembers(DemoDataset ds, String orgKey) {
        return ds.members().stream().filter(m -> m.organisationKey().equals(orgKey) && m.fullMemberOn() != null)
                .count();
    }

    private static List<DemoMember> membersUnder(DemoDataset ds, String grassrootsKey) {
        Set<String> keys = new HashSet<>();
        keys.add(grassrootsKey);
        ds.organisations().stream().filter(o -> grassrootsKey.equals(o.parentKey()))
                .forEach(o -> keys.add(o.key()));
        return ds.members().stream().filter(m -> keys.contains(m.organisationKey())).toList();
    }

    private static double share(List<DemoMember> ms, Predicate<DemoMember> p) {
        return ms.stream().filter(p).count() / (double) ms.size();
    }

    private static void assertUnique(List<DemoMember> ms, Function<DemoMember, String> f, String what) {
        List<String> values = new ArrayList<>(ms.size());
        ms.forEach(m -> values.add(f.apply(m)));
        assertEquals(values.size(), new HashSet<>(values).size(), what + " not unique");
    }

    private static void assertNfc(String s) {
        if (s != null) {
            assertTrue(Normalizer.isNormalized(s, Normalizer.Form.NFC), "not NFC: " + s);
        }
    }
}
