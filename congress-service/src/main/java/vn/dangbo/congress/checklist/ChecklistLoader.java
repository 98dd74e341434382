package vn.dangbo.congress.checklist;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangbo.congress.plandata.VersionedFiles;

/**
 * The plan's document checklists, versioned files in {@code checklists/} ({@link VersionedFiles}); each is checked
 * whole at the start (ids, levels and document codes once each).
 */
public final class ChecklistLoader {

    public static final String DIRECTORY = "checklists/";
    public static final String INDEX = DIRECTORY + "index.json";

    private static final VersionedFiles<Checklist> FILES = new VersionedFiles<>(DIRECTORY, Checklist.class,
            "checklist", new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES));

    private ChecklistLoader() {
    }

    /** Every checklist the index lists, by id, in the index's order. */
    public static Map<String, Checklist> load(ClassLoader classLoader) {
        return FILES.load(classLoader, ChecklistLoader::check);
    }

    /** The ids listed in the index. */
    public static List<String> ids(ClassLoader classLoader) {
        return FILES.ids(classLoader);
    }

    /** One checklist from any stream (a test's own file). */
    public static Checklist read(InputStream json) throws IOException {
        return FILES.read(json);
    }

    static void check(String id, Checklist checklist) {
        if (!id.equals(checklist.id())) {
            throw new IllegalStateException(DIRECTORY + id + ".json has id " + checklist.id());
        }
        Set<CongressLevel> levels = new HashSet<>();
        for (Checklist.Level level : checklist.levels()) {
            if (!levels.add(level.level())) {
                throw new IllegalStateException(id + ": level " + level.level() + " twice");
            }
            Set<String> codes = new HashSet<>();
            for (Checklist.Document document : level.documents()) {
                // a code names the document in calendar UIDs and submissions: two alike would be one
                if (!codes.add(document.code())) {
                    throw new IllegalStateException(id + ": " + level.level() + " lists " + document.code() + " twice");
                }
            }
        }
    }
}
