package vn.dangbo.congress.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.dangbo.kit.persistence.CopyStream;

/**
 * The registry benchmark's country, generated the same way (registry-service NationalBenchmark.Country, copied: no
 * Java module is shared between services) from the same seed, so both benchmarks measure the same tree: a root bloc
 * committee, 63 provinces, 52,000 grassroots organisations (one in five a grassroots cell, the others committees of
 * 5 to 9 cells) — 342,931 organisations.
 */
final class NationalCountry {

    static final int PROVINCES = 63;
    static final int GRASSROOTS = 52_000;
    static final long SEED = 20240510;
    private static final int CELLS_PER_COMMITTEE_MAX = 9;

    final UUID root = id("root");
    final List<UUID> provinces = new ArrayList<>();
    /** Every grassroots organisation (committee or grassroots cell), in generation order. */
    final List<UUID> grassroots = new ArrayList<>();
    /** The province of each grassroots organisation, by the same index. */
    final List<Integer> provinceOf = new ArrayList<>();
    final List<Object[]> rows = new ArrayList<>();

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
                continue;
            }
            c.add(grassroots, province, path, "GRASSROOTS_COMMITTEE", "Đảng bộ cơ sở số " + (g + 1), "ĐU");
            int cellCount = 5 + random.nextInt(CELLS_PER_COMMITTEE_MAX - 4);
            for (int k = 0; k < cellCount; k++) {
                UUID cell = id("cell-" + g + "-" + k);
                c.add(cell, grassroots, path + cell + "/", "CELL", "Chi bộ " + (k + 1) + " (ĐBCS " + (g + 1) + ")",
                        "CB");
            }
        }
        return c;
    }

    private void add(UUID id, UUID parent, String path, String type, String name, String shortCode) {
        rows.add(new Object[] {id, parent, path, type, name, shortCode});
    }

    boolean isCommittee(int grassrootsIndex) {
        return grassrootsIndex % 5 != 4;
    }

    int size() {
        return rows.size();
    }

    /**
     * Writes the tree into the directory table {@code known_organisation}. In service the directory is filled from
     * the registry's events ({@code registry.organisations.v1}, one upsert per event); loading it directly is the
     * benchmark's setup, not what it measures.
     */
    void loadDirectory(Connection connection) {
        try (CopyStream copy = CopyStream.open(connection,
                "known_organisation (id, parent_id, path, type, name, short_code, status, version)")) {
            for (Object[] r : rows) {
                copy.field((UUID) r[0]).field((UUID) r[1]).field((String) r[2]).field((String) r[3])
                        .field((String) r[4]).field((String) r[5]).field("ACTIVE").field(0L);
                copy.endRow();
            }
        }
    }
}
