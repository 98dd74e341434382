package vn.dangbo.congress.agenda;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/** Reads a plan's agenda items from {@code agendas/<id>.json}; a file that does not read whole fails the start. */
public final class AgendaLoader {

    public static final String DIRECTORY = "agendas/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private AgendaLoader() {
    }

    public static AgendaPlan load(ClassLoader classLoader, String id) {
        String resource = DIRECTORY + id + ".json";
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            AgendaPlan plan = read(in);
            if (!id.equals(plan.id())) {
                throw new IllegalStateException(resource + " has id " + plan.id());
            }
            return plan;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** One plan from any stream (a test's own file). */
    public static AgendaPlan read(InputStream json) throws IOException {
        AgendaPlan plan = JSON.readValue(json, AgendaPlan.class);
        Set<String> codes = new HashSet<>();
        for (AgendaPlan.Item item : plan.items()) {
            if (item.code() == null || item.text() == null || item.text().isBlank()) {
                throw new IOException(plan.id() + ": an item without a code or a text");
            }
            if (!codes.add(item.code())) {
                throw new IOException(plan.id() + ": item " + item.code() + " twice");
            }
        }
        return plan;
    }
}
