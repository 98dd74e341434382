package vn.dangbo.benchmarks.emulation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * The registry benchmark's country, generated the same way (registry-service NationalBenchmark.Country and
 * congress-service's NationalCountry, copied: no Java module is shared between services) from the same seed, so
 * every national benchmark measures the same tree: a root bloc committee, 63 provincial bloc committees, 52,000
 * grassroots organisations (one in five a grassroots cell, the others committees of 5 to 9 cells) — 342,931
 * organisations. Here each grassroots organisation also has one member (in its first cell, or in itself when it is a
 * grassroots cell), the individual it may nominate.
 */
final class NationalCountry {

    static final int PROVINCES = 63;
    static final int GRASSROOTS = 52_000;
    static final long SEED = 20240510;
    private static final int CELLS_PER_COMMITTEE_MAX = 9;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
        "Ngô", "Lò", "Giàng"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Thu", "Quốc", "Minh", "Ngọc", "Hữu"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hằng", "Hòa", "Lan", "Mạnh", "Nhung",
        "Quyết", "Sùng", "Thủy", "Tuấn", "Việt", "Ánh", "Ước"};

    final UUID root = id("root");
    final List<UUID> provinces = new ArrayList<>();
    /** Every grassroots organisation (committee or grassroots cell), in generation order. */
    final List<UUID> grassroots = new ArrayList<>();
    /** The province index of each grassroots organisation, by the same index. */
    final List<Integer> provinceOf = new ArrayList<>();
    /** The organisation a grassroots organisation nominates as a collective: its first cell, or itself. */
    final List<UUID> collective = new ArrayList<>();
    /** The member a grassroots organisation may nominate, by the same index. */
    final List<UUID> member = new ArrayList<>();
    private final List<String[]> organisationRows = new ArrayList<>();
    private final List<String[]> memberRows = new ArrayList<>();
    /** The players of the events benchmark's teams (the first grassroots organisations'), by organisation index. */
    final List<List<UUID>> players = new ArrayList<>();
    private final List<String[]> playerRows = new ArrayList<>();

    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("dangbo-bench:" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** @param grassrootsCount 52,000 for the country; fewer gives the same tree's first organisations */
    static NationalCountry generate(int grassrootsCount) {
        Random random = new Random(SEED);
        NationalCountry c = new NationalCountry();
        c.add(c.root, null, "/" + c.root + "/", "BLOC_COMMITTEE", "Đảng bộ toàn quốc (dữ liệu đo)", "ĐB");
        for (int p = 0; p < PROVINCES; p++) {
            UUID province = id("province-" + p);
            c.provinces.add(province);
            c.add(province, c.root, "/" + c.root + "/" + province + "/", "BLOC_COMMITTEE",
                    "Đảng bộ tỉnh số " + (p + 1), "TU");
        }
        for (int g = 0; g < grassrootsCount; g++) {
            UUID province = c.provinces.get(g % PROVINCES);
            String provincePath = "/" + c.root + "/" + province + "/";
            UUID grassroots = id("grassroots-" + g);
            String path = provincePath + grassroots + "/";
            c.grassroots.add(grassroots);
            c.provinceOf.add(g % PROVINCES);
            if (g % 5 == 4) {
                c.add(grassroots, province, path, "GRASSROOTS_CELL", "Chi bộ cơ sở số " + (g + 1), "CB");
                c.collective.add(grassroots);
                c.addMember(g, grassroots);
                continue;
            }
            c.add(grassroots, province, path, "GRASSROOTS_COMMITTEE", "Đảng bộ cơ sở số " + (g + 1), "ĐU");
            int cellCount = 5 + random.nextInt(CELLS_PER_COMMITTEE_MAX - 4);
            for (int k = 0; k < cellCount; k++) {
                UUID cell = id("cell-" + g + "-" + k);
                c.add(cell, grassroots, path + cell + "/", "CELL", "Chi bộ " + (k + 1) + " (ĐBCS " + (g + 1) + ")",
                        "CB");
                if (k == 0) {
                    c.collective.add(cell);
                    c.addMember(g, cell);
                }
            }
        }
        return c;
    }

    private void add(UUID id, UUID parent, String path, String type, String name, String shortCode) {
        organisationRows.add(new String[] {id.toString(), parent == null ? null : parent.toString(), path, type, name,
            shortCode});
    }

    private void addMember(int g, UUID cell) {
        UUID id = id("member-" + g);
        member.add(id);
        String name = FAMILY[g % FAMILY.length] + " " + MIDDLE[(g / 7) % MIDDLE.length] + " "
                + GIVEN[(g / 3) % GIVEN.length];
        String sex = name.contains(" Thị ") ? "FEMALE" : "MALE";
        memberRows.add(new String[] {id.toString(), cell.toString(), name, sex});
    }

    /**
     * {@code perTeam} more members in each of the first {@code teams} grassroots organisations (in the cell of its
     * member), half of them women: the rosters of the events benchmark's tournament.
     */
    void addPlayers(int teams, int perTeam) {
        for (int g = 0; g < teams; g++) {
            List<UUID> roster = new ArrayList<>();
            for (int k = 0; k < perTeam; k++) {
                UUID id = id("player-" + g + "-" + k);
                roster.add(id);
                boolean woman = k % 2 == 0;
                String name = FAMILY[(g + k) % FAMILY.length] + (woman ? " Thị " : " Văn ")
                        + GIVEN[(g * 3 + k) % GIVEN.length];
                playerRows.add(new String[] {id.toString(), collective.get(g).toString(), name,
                    woman ? "FEMALE" : "MALE"});
            }
            players.add(roster);
        }
    }

    int size() {
        return organisationRows.size();
    }

    /**
     * Writes the tree into a service's directory table {@code known_organisation}. In service the directory is
     * filled from the registry's events ({@code registry.organisations.v1}, one upsert per event); loading it
     * directly is the benchmark's setup, not what it measures.
     */
    void loadDirectory(Connection connection) throws SQLException, IOException {
        StringBuilder rows = new StringBuilder();
        for (String[] r : organisationRows) {
            line(rows, r[0], r[1], r[2], r[3], r[4], r[5], "ACTIVE", "0");
        }
        copy(connection, "known_organisation (id, parent_id, path, type, name, short_code, status, version)", rows);
    }

    /** Writes the members into emulation-service's {@code known_member} (filled from registry.members.v1). */
    void loadMembers(Connection connection) throws SQLException, IOException {
        StringBuilder rows = new StringBuilder();
        for (String[] r : memberRows) {
            line(rows, r[0], r[1], r[2], r[3], "FULL", "ACTIVE", "0");
        }
        copy(connection, "known_member (id, organisation_id, full_name, sex, status, state, version)", rows);
    }

    /** The players of {@link #addPlayers} into emulation-service's {@code known_member}. */
    void loadPlayers(Connection connection) throws SQLException, IOException {
        StringBuilder rows = new StringBuilder();
        for (String[] r : playerRows) {
            line(rows, r[0], r[1], r[2], r[3], "FULL", "ACTIVE", "0");
        }
        copy(connection, "known_member (id, organisation_id, full_name, sex, status, state, version)", rows);
    }

    /**
     * Each grassroots organisation's member as the secretary of its party body, in emulation-service's
     * {@code known_member_position} (filled from the registry's {@code position-assigned.v1}): the meeting's
     * secretaries of the grassroots organisations.
     */
    void loadSecretaries(Connection connection) throws SQLException, IOException {
        StringBuilder rows = new StringBuilder();
        for (int g = 0; g < member.size(); g++) {
            line(rows, member.get(g).toString(), grassroots.get(g).toString(), "SECRETARY");
        }
        copy(connection, "known_member_position (member_id, organisation_id, role)", rows);
    }

    private static void copy(Connection connection, String target, StringBuilder rows)
            throws SQLException, IOException {
        connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + target + " from stdin", new StringReader(rows.toString()));
    }

    /** One row of COPY's text format: tab-separated, \N for null (no value here holds a tab or a backslash). */
    private static void line(StringBuilder rows, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            rows.append(values[i] == null ? "\\N" : values[i]);
        }
        rows.append('\n');
    }
}
