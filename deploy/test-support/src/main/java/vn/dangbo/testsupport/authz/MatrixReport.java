package vn.dangbo.testsupport.authz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The cells of one service's matrix: the mismatches to fail on and the Markdown table for the README. */
public final class MatrixReport {

    public record Cell(ApiOperation operation, TokenVariant variant, AuthorizationPolicy.Expectation expected,
            int actual, String body) {

        public boolean matches() {
            return actual == expected.status();
        }
    }

    private final String service;
    private final AuthorizationPolicy policy;
    private final List<Cell> cells;

    MatrixReport(String service, AuthorizationPolicy policy, List<Cell> cells) {
        this.service = service;
        this.policy = policy;
        this.cells = List.copyOf(cells);
    }

    public List<Cell> cells() {
        return cells;
    }

    public List<Cell> mismatches() {
        return cells.stream().filter(c -> !c.matches()).toList();
    }

    /** One line per mismatch: operation, variant, expected (why), actual, the start of the body. */
    public String describeMismatches() {
        return mismatches().stream().map(c -> c.operation().key() + " as " + c.variant().label() + ": expected "
                + c.expected().status() + " (" + c.expected().reason() + "), got " + c.actual() + " " + c.body())
                .collect(Collectors.joining("\n"));
    }

    /** Operation × variant → status; a cell that differs from the policy shows "got≠expected" in bold. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(service).append(" operation | code |");
        for (TokenVariant variant : TokenVariant.values()) {
            out.append(' ').append(variant.label()).append(" |");
        }
        out.append("\n|---|---|");
        out.append("---|".repeat(TokenVariant.values().length)).append('\n');
        Map<ApiOperation, List<Cell>> rows = new LinkedHashMap<>();
        cells.forEach(c -> rows.computeIfAbsent(c.operation(), k -> new java.util.ArrayList<>()).add(c));
        Map<String, String> notes = policy.notes();
        List<String> noted = new java.util.ArrayList<>();
        for (Map.Entry<ApiOperation, List<Cell>> row : rows.entrySet()) {
            String key = row.getKey().key();
            String mark = "";
            if (notes.containsKey(key)) {
                noted.add(key);
                mark = " [" + noted.size() + "]";
            }
            out.append("| `").append(key).append('`').append(mark).append(" | ")
                    .append(roles(policy.declared(row.getKey()))).append(" |");
            for (Cell cell : row.getValue()) {
                out.append(' ').append(cell.matches() ? String.valueOf(cell.actual())
                        : "**" + cell.actual() + "≠" + cell.expected().status() + "**").append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
        for (int i = 0; i < noted.size(); i++) {
            out.append('[').append(i + 1).append("] `").append(noted.get(i)).append("`: ")
                    .append(notes.get(noted.get(i))).append("  \n");
        }
        return out.toString();
    }

    private static String roles(DeclaredAccess access) {
        return switch (access.kind()) {
            case PUBLIC -> "public";
            case DENIED -> "denied";
            case ROLES -> access.roles().stream().sorted().map(r -> r.substring(0, 1).toUpperCase())
                    .collect(Collectors.joining());
        };
    }

    /** Writes the Markdown table to {@code file} (under target/), creating its directory. */
    public Path write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, markdown(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
