package vn.dangbo.kit.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.List;
import java.util.Optional;

/**
 * The largest request body each kind of endpoint takes. Every body is JSON-sized unless its path matches one of
 * the import or file patterns (regular expressions over the whole path), which take their own, larger, limit.
 * {@code quarkus.http.limits.max-body-size} stays the ceiling of them all.
 */
@ConfigMapping(prefix = "dangbo.http.limits")
public interface BodyLimitsConfig {

    /** Every body not matched below: a JSON request is small. */
    @WithDefault("1M")
    MemorySize json();

    /** Imports (CSV or XLSX files streamed to disk). */
    @WithName("import")
    @WithDefault("1M")
    MemorySize importLimit();

    @WithName("import-paths")
    Optional<List<String>> importPaths();

    /** Files the service holds in memory (evidence, photos, a guest list), each also held to its own rule. */
    @WithDefault("1M")
    MemorySize file();

    @WithName("file-paths")
    Optional<List<String>> filePaths();
}
