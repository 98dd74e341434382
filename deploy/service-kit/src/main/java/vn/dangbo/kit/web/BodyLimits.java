package vn.dangbo.kit.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;

/** Which limit a request path's body is held to, and the refusal that names it. */
@ApplicationScoped
public class BodyLimits {

    private final long json;
    private final long importLimit;
    private final List<Pattern> importPaths;
    private final long file;
    private final List<Pattern> filePaths;

    @Inject
    public BodyLimits(BodyLimitsConfig config) {
        this(config.json().asLongValue(), config.importLimit().asLongValue(), config.importPaths().orElse(List.of()),
                config.file().asLongValue(), config.filePaths().orElse(List.of()));
    }

    BodyLimits(long json, long importLimit, List<String> importPaths, long file, List<String> filePaths) {
        this.json = json;
        this.importLimit = importLimit;
        this.importPaths = importPaths.stream().map(Pattern::compile).toList();
        this.file = file;
        this.filePaths = filePaths.stream().map(Pattern::compile).toList();
    }

    /** @return the largest body, in bytes, a request to this path may send */
    public long limitFor(String path) {
        String p = path == null ? "" : path;
        if (importPaths.stream().anyMatch(r -> r.matcher(p).matches())) {
            return importLimit;
        }
        if (filePaths.stream().anyMatch(r -> r.matcher(p).matches())) {
            return file;
        }
        return json;
    }

    /** The 413 refusal, naming the limit as a user reads it. */
    public static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "payload-too-large", "Nội dung quá lớn",
                "Nội dung gửi lên vượt quá giới hạn " + readable(limit) + " của địa chỉ này", List.of());
    }

    /** "1 MB", "4 GB", "512 KB", or the bytes when the limit is not a whole unit. */
    static String readable(long bytes) {
        String[] units = {"GB", "MB", "KB"};
        long[] sizes = {1L << 30, 1L << 20, 1L << 10};
        for (int i = 0; i < units.length; i++) {
            if (bytes >= sizes[i] && bytes % sizes[i] == 0) {
                return bytes / sizes[i] + " " + units[i];
            }
        }
        return bytes + " byte";
    }
}
