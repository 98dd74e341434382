package vn.dangbo.docs.template;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangbo.kit.text.VietnameseText;

/**
 * One Qute template per document type, rendering {@link DocumentMarkup}. The built-in templates are
 * {@code templates/docs/<slug>.txt} on the classpath; a file of the same name in the override directory
 * ({@code dangbo.docs.templates-dir}) wins and is read on every use, so an office can change its wording
 * without a rebuild or a restart. Plain Java (a standalone Qute engine), usable without Quarkus.
 */
public final class DocumentTemplates {

    static final String CLASSPATH_FOLDER = "templates/docs/";

    private static final Pattern MISSING = Pattern.compile("(?:[Pp]roperty|Key) \"([^\"]+)\" not found.*?expression \\{([^}]+)\\}",
            Pattern.DOTALL);

    private final Engine engine = Engine.builder().addDefaults().removeStandaloneLines(true).build();
    private final Optional<Path> overrideDir;
    /** Parsed templates by source text: an edited override file is parsed again, an unchanged one is not. */
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();

    public DocumentTemplates(Optional<Path> overrideDir) {
        this.overrideDir = overrideDir;
    }

    /**
     * Renders the type's template with the request's values and parses the result.
     *
     * @param values the template's data: {@code data}, {@code issuer}, {@code symbol}, ... (strings are escaped
     *               here, so a value is always printed literally)
     * @throws MissingValueException when the template uses a value the request does not have
     */
    public DocumentDraft draft(DocumentType type, Map<String, Object> values) {
        String source = source(type);
        Template template = parsed.computeIfAbsent(source, engine::parse);
        String markup;
        try {
            markup = template.data(escaped(values)).render();
        } catch (TemplateException e) {
            Matcher m = MISSING.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                throw new MissingValueException(m.group(2).strip());
            }
            throw e;
        }
        return DocumentMarkup.parse(markup);
    }

    /** The template text in force for a type: the override file if there is one, else the built-in. */
    public String source(DocumentType type) {
        String file = type.slug() + ".txt";
        if (overrideDir.isPresent()) {
            Path override = overrideDir.get().resolve(file);
            if (Files.isRegularFile(override)) {
                try {
                    return Files.readString(override, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read template " + override, e);
                }
            }
        }
        try (InputStream in = DocumentTemplates.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("no built-in template " + CLASSPATH_FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Object escaped(Object value) {
        if (value instanceof String s) {
            return DocumentMarkup.escape(VietnameseText.nfc(s));
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), escaped(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(escaped(v)));
            return out;
        }
        return value;
    }

    /** The template needs a value the request did not give, e.g. {@code data.title}. */
    public static final class MissingValueException extends RuntimeException {
        private final String expression;

        public MissingValueException(String expression) {
            super("missing value: " + expression);
            this.expression = expression;
        }

        /** The template expression, e.g. {@code data.title} or {@code addressee.name}. */
        public String expression() {
            return expression;
        }
    }
}
