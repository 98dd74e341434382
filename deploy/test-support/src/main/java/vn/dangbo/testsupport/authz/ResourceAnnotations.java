package vn.dangbo.testsupport.authz;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The access each JAX-RS resource method of a service declares, read from its compiled classes (not from its
 * answers): the expected side of the matrix comes from the code, the observed side from the running service.
 */
public final class ResourceAnnotations {

    private static final String RS = "jakarta.ws.rs.";
    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    private static final String ROLES_ALLOWED = "jakarta.annotation.security.RolesAllowed";
    private static final String PERMIT_ALL = "jakarta.annotation.security.PermitAll";
    private static final String DENY_ALL = "jakarta.annotation.security.DenyAll";

    private ResourceAnnotations() {
    }

    /** "METHOD /path/{param}" → access, for every resource method under {@code classesDir} (target/classes). */
    public static Map<String, DeclaredAccess> read(Path classesDir) {
        if (!Files.isDirectory(classesDir)) {
            throw new IllegalArgumentException("no compiled classes in " + classesDir.toAbsolutePath());
        }
        JavaClasses classes;
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false); // only the annotations of the service's own classes
        try {
            classes = new ClassFileImporter().importPath(classesDir);
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
        Map<String, DeclaredAccess> access = new LinkedHashMap<>();
        for (JavaClass type : classes) {
            Optional<String> classPath = string(type.tryGetAnnotationOfType(RS + "Path"));
            if (classPath.isEmpty()) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                for (String http : HTTP_METHODS) {
                    if (method.isAnnotatedWith(RS + http)) {
                        String path = normalise(classPath.get() + "/"
                                + string(method.tryGetAnnotationOfType(RS + "Path")).orElse(""));
                        access.put(http + " " + path, declared(type, method));
                    }
                }
            }
        }
        return access;
    }

    /** "/a//{id: [0-9]+}/" → "/a/{id}". */
    static String normalise(String path) {
        String p = ("/" + path).replaceAll("\\{\\s*([^}:\\s]+)\\s*(:[^}]*)?}", "{$1}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static DeclaredAccess declared(JavaClass type, JavaMethod method) {
        String source = type.getSimpleName() + "." + method.getName();
        return of(method, source).or(() -> of(type, source))
                .orElse(new DeclaredAccess(DeclaredAccess.Kind.DENIED, Set.of(), source));
    }

    /** The method's own annotation wins over its class's, as in Quarkus. */
    private static Optional<DeclaredAccess> of(HasAnnotations<?> element, String source) {
        if (element.isAnnotatedWith(DENY_ALL)) {
            return Optional.of(new DeclaredAccess(DeclaredAccess.Kind.DENIED, Set.of(), source));
        }
        if (element.isAnnotatedWith(PERMIT_ALL)) {
            return Optional.of(new DeclaredAccess(DeclaredAccess.Kind.PUBLIC, Set.of(), source));
        }
        return element.tryGetAnnotationOfType(ROLES_ALLOWED)
                .map(roles -> new DeclaredAccess(DeclaredAccess.Kind.ROLES, strings(roles), source));
    }

    private static Optional<String> string(Optional<? extends JavaAnnotation<?>> annotation) {
        return annotation.flatMap(a -> a.get("value")).map(Object::toString);
    }

    private static Set<String> strings(JavaAnnotation<?> annotation) {
        Set<String> values = new LinkedHashSet<>();
        Object value = annotation.get("value").orElse(new String[0]);
        if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                values.add(String.valueOf(Array.get(value, i)));
            }
        } else {
            values.add(value.toString());
        }
        return Set.copyOf(values);
    }
}
