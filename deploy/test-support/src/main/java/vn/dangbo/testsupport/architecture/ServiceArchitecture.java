package vn.dangbo.testsupport.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.dependOnClassesThat;
import static com.tngtech.archunit.lang.conditions.ArchConditions.never;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The layering every dangbo service follows, as rules over one service's main classes. A service names only
 * what is its own: the packages and classes that are plain Java beyond its {@code *Rules} classes, and any
 * class besides its consumers that talks to Kafka. Every name must exist, so no rule passes on nothing.
 *
 * <ul>
 * <li>resources (JAX-RS {@code @Path} classes) leave storage to services: no repository, {@code EntityManager},
 *     JDBC or Panache;</li>
 * <li>plain Java ({@code *Rules} classes, the named classes and packages) knows no HTTP, Kafka, storage or
 *     container type nor the kit's mechanisms (its vocabulary is fine), and a plain package depends on no other
 *     package of the service;</li>
 * <li>HTTP types stay in resources and exception mappers; Kafka types stay in consumers ({@code @Incoming});</li>
 * <li>the feature packages ({@code <root>.(*)}) are free of cycles.</li>
 * </ul>
 *
 * <p>Rules are checked from plain JUnit tests ({@link ServiceArchitectureTest}), not ArchUnit's own JUnit
 * engine: whether a platform runs that engine's tests is then no longer a question.
 */
public final class ServiceArchitecture {

    private static final List<String> HTTP = List.of("jakarta.ws.rs..", "org.jboss.resteasy..",
            "io.quarkus.rest..", "io.quarkus.resteasy..", "io.vertx..", "io.quarkus.vertx..");
    private static final List<String> KAFKA = List.of("org.apache.kafka..", "io.smallrye.reactive.messaging..",
            "org.eclipse.microprofile.reactive.messaging..", "io.quarkus.kafka..",
            "io.quarkus.smallrye.reactivemessaging..");
    private static final List<String> STORAGE = List.of("jakarta.persistence..", "org.hibernate..",
            "io.quarkus.hibernate..", "io.quarkus.panache..", "java.sql..", "javax.sql..", "io.agroal..",
            "org.postgresql..");
    /** CDI, transactions, configuration: Quarkus, SmallRye and MicroProfile as a whole. */
    private static final List<String> CONTAINER = List.of("jakarta.enterprise..", "jakarta.inject..",
            "jakarta.transaction..", "io.quarkus..", "io.smallrye..", "org.eclipse.microprofile..");
    /** The kit's mechanisms (outbox and inbox, JDBC helpers, access, problems); its vocabulary is plain Java. */
    private static final List<String> KIT_MECHANISMS = List.of("vn.dangbo.kit.health..", "vn.dangbo.kit.messaging..",
            "vn.dangbo.kit.persistence..", "vn.dangbo.kit.security..", "vn.dangbo.kit.web..");

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String EXCEPTION_MAPPER = "jakarta.ws.rs.ext.ExceptionMapper";
    private static final String SERVER_EXCEPTION_MAPPER = "org.jboss.resteasy.reactive.server.ServerExceptionMapper";
    private static final String INCOMING = "org.eclipse.microprofile.reactive.messaging.Incoming";
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final String root;
    private final boolean includingTests;
    private final List<String> plainPackages;
    private final List<String> plainClasses;
    private final List<String> wiring;
    private final List<String> plainMayUse;
    private final List<String> kafkaAlsoIn;

    private ServiceArchitecture(String root, boolean includingTests, List<String> plainPackages,
            List<String> plainClasses, List<String> wiring, List<String> plainMayUse, List<String> kafkaAlsoIn) {
        this.root = root;
        this.includingTests = includingTests;
        this.plainPackages = plainPackages;
        this.plainClasses = plainClasses;
        this.wiring = wiring;
        this.plainMayUse = plainMayUse;
        this.kafkaAlsoIn = kafkaAlsoIn;
    }

    /** The main classes of the service whose code lives under {@code rootPackage}, e.g. {@code vn.dangbo.docs}. */
    public static ServiceArchitecture of(String rootPackage) {
        return new ServiceArchitecture(rootPackage, false, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The fixtures of this module's own tests are test classes. */
    static ServiceArchitecture ofTestClasses(String rootPackage) {
        return new ServiceArchitecture(rootPackage, true, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Packages (relative to the root, with their subpackages) that are plain Java as a whole, e.g. a rendering
     * core: besides the framework rules, they depend on no other package of the service.
     */
    public ServiceArchitecture plainJavaPackages(String... packages) {
        return new ServiceArchitecture(root, includingTests, concat(plainPackages, packages), plainClasses, wiring,
                plainMayUse, kafkaAlsoIn);
    }

    /** Classes (relative to the root, e.g. {@code movement.MovementEligibility}) plain Java though not named *Rules. */
    public ServiceArchitecture plainJavaClasses(String... classes) {
        return new ServiceArchitecture(root, includingTests, plainPackages, concat(plainClasses, classes), wiring,
                plainMayUse, kafkaAlsoIn);
    }

    /** Classes inside a plain package that wire it into the container (CDI producers, configuration). */
    public ServiceArchitecture wiring(String... classes) {
        return new ServiceArchitecture(root, includingTests, plainPackages, plainClasses, concat(wiring, classes),
                plainMayUse, kafkaAlsoIn);
    }

    /** Packages (e.g. {@code io.quarkus.qute..}, a library that runs without the container) plain Java may use. */
    public ServiceArchitecture plainJavaMayUse(String... packages) {
        return new ServiceArchitecture(root, includingTests, plainPackages, plainClasses, wiring,
                concat(plainMayUse, packages), kafkaAlsoIn);
    }

    /** Classes besides the consumers that talk to Kafka themselves (e.g. one setting up topics). */
    public ServiceArchitecture kafkaAlsoIn(String... classes) {
        return new ServiceArchitecture(root, includingTests, plainPackages, plainClasses, wiring, plainMayUse,
                concat(kafkaAlsoIn, classes));
    }

    // ---- the rules --------------------------------------------------------------------------------------

    /** Every package and class named here has classes: a renamed one fails here, not silently in a rule. */
    public void namedPackagesAndClassesExist() {
        JavaClasses all = imported();
        List<String> missing = new ArrayList<>();
        if (all.isEmpty()) {
            missing.add("package " + root + " (no main classes)");
        }
        for (String name : plainPackages) {
            String pkg = qualified(name);
            if (all.stream().noneMatch(c -> inPackage(c, pkg) && !isWiring(c))) {
                missing.add("plain-Java package " + pkg + " (no classes besides its wiring)");
            }
        }
        for (String name : Stream.of(plainClasses, wiring, kafkaAlsoIn).flatMap(List::stream).toList()) {
            if (!all.contain(qualified(name))) {
                missing.add("class " + qualified(name));
            }
        }
        for (String name : wiring) {
            if (plainPackages.stream().noneMatch(p -> qualified(name).startsWith(qualified(p) + "."))) {
                missing.add("wiring class " + qualified(name) + " outside the plain-Java packages "
                        + plainPackages.stream().map(this::qualified).toList());
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("The architecture of " + root + " names what does not exist:"
                    + String.join("", missing.stream().map(m -> System.lineSeparator() + "  " + m).toList()));
        }
    }

    /** Resources speak HTTP and call services; queries and transactions over data stay behind the services. */
    public void resourcesLeaveStorageToServices() {
        noClasses().that().areAnnotatedWith(PATH)
                .should().dependOnClassesThat(simpleNameEndingWith("Repository")
                        .or(resideInAnyPackage(STORAGE.toArray(String[]::new)))
                        .as("are repositories or storage types (" + String.join(", ", STORAGE) + ")"))
                .because("a resource delegates to a service, which owns the transaction, the queries and the rules")
                .check(imported());
    }

    /** Rules are plain functions, unit-tested without Quarkus; a plain core knows no feature of its service. */
    public void plainJavaKnowsNoFramework() {
        List<String> frameworks = new ArrayList<>();
        Stream.of(HTTP, KAFKA, STORAGE, CONTAINER, KIT_MECHANISMS).forEach(frameworks::addAll);
        DescribedPredicate<JavaClass> framework = resideInAnyPackage(frameworks.toArray(String[]::new));
        if (!plainMayUse.isEmpty()) {
            framework = framework.and(not(resideInAnyPackage(plainMayUse.toArray(String[]::new))));
        }
        framework = framework.as("are HTTP, Kafka, storage, container or kit mechanism types"
                + (plainMayUse.isEmpty() ? "" : " (but " + String.join(", ", plainMayUse) + ")"));
        classes().that(plainJava())
                .should(never(dependOnClassesThat(framework)))
                .andShould(dependOnNoFeatureOutsideThePlainPackages())
                .because("rules and plain cores are plain functions a unit test calls without HTTP, Kafka, a database "
                        + "or Quarkus")
                .check(imported());
    }

    /** HTTP is the resources' business (and the exception mappers' that turn exceptions into problems). */
    public void httpStaysInResourcesAndExceptionMappers() {
        noClasses().that(notAnHttpAdapter())
                .should().dependOnClassesThat().resideInAnyPackage(HTTP.toArray(String[]::new))
                .because("services, rules and entities are called the same way from HTTP, Kafka and tests")
                .check(imported());
    }

    /** Events leave through the kit's outbox and arrive through consumers; nothing else holds a Kafka type. */
    public void kafkaStaysInConsumers() {
        List<String> named = kafkaAlsoIn.stream().map(this::qualified).toList();
        DescribedPredicate<JavaClass> others = DescribedPredicate.describe("are not consumers (@Incoming)"
                + (named.isEmpty() ? "" : " nor " + String.join(", ", named)),
                c -> !isConsumer(c) && !named.contains(outermost(c).getName()));
        noClasses().that(others)
                .should().dependOnClassesThat().resideInAnyPackage(KAFKA.toArray(String[]::new))
                .because("a service publishes through the outbox, so an event leaves only if its change commits")
                .check(imported());
    }

    /** The feature packages depend on each other one way: each can be read, and later moved, on its own. */
    public void featureSlicesAreFreeOfCycles() {
        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(imported());
    }

    // ---- the parts --------------------------------------------------------------------------------------

    JavaClasses imported() {
        return IMPORTED.computeIfAbsent(root + (includingTests ? " with tests" : ""), key -> {
            ClassFileImporter importer = new ClassFileImporter();
            if (!includingTests) {
                importer = importer.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
            }
            return importer.importPackages(root);
        });
    }

    private DescribedPredicate<JavaClass> plainJava() {
        List<String> named = plainClasses.stream().map(this::qualified).toList();
        List<String> packages = plainPackages.stream().map(this::qualified).toList();
        return DescribedPredicate.describe("are plain Java (*Rules, " + String.join(", ", concat(named, packages))
                + ")", c -> !isWiring(c) && (c.getSimpleName().endsWith("Rules")
                        || named.contains(outermost(c).getName()) || packages.stream().anyMatch(p -> inPackage(c, p))));
    }

    private ArchCondition<JavaClass> dependOnNoFeatureOutsideThePlainPackages() {
        List<String> packages = plainPackages.stream().map(this::qualified).toList();
        Predicate<JavaClass> inPlainPackage = c -> packages.stream().anyMatch(p -> inPackage(c, p));
        return new ArchCondition<>("depend on no class of " + root + " outside the plain-Java packages") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                if (!inPlainPackage.test(origin)) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (inPackage(target, root) && !inPlainPackage.test(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> notAnHttpAdapter() {
        return DescribedPredicate.describe("are not resources or exception mappers", c -> {
            JavaClass outer = outermost(c);
            return !outer.isAnnotatedWith(PATH) && !outer.isAssignableTo(EXCEPTION_MAPPER)
                    && outer.getMethods().stream().noneMatch(m -> m.isAnnotatedWith(SERVER_EXCEPTION_MAPPER));
        });
    }

    private static boolean isConsumer(JavaClass c) {
        return outermost(c).getMethods().stream().anyMatch(m -> m.isAnnotatedWith(INCOMING));
    }

    /** A nested or anonymous class belongs to the class around it (a resource's StreamingOutput is HTTP too). */
    private static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private boolean isWiring(JavaClass c) {
        return wiring.stream().map(this::qualified).anyMatch(outermost(c).getName()::equals);
    }

    private static boolean inPackage(JavaClass c, String pkg) {
        return c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + ".");
    }

    private String qualified(String relative) {
        return root + "." + relative;
    }

    private static List<String> concat(List<String> first, String... more) {
        return concat(first, List.of(more));
    }

    private static List<String> concat(List<String> first, List<String> more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(more);
        return List.copyOf(all);
    }
}
