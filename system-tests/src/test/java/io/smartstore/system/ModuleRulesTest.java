package io.smartstore.system;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The module rules of architecture.md, checked on the compiled classes of every module. */
class ModuleRulesTest {

    static final Path ROOT = Path.of(System.getProperty("smartstore.root", "..")).toAbsolutePath().normalize();
    static JavaClasses classes;

    @BeforeAll
    static void importAllModules() {
        List<Path> outputs = Stream.of("store-protocol", "device-drivers", "app-support", "kiosk-ui", "store-server", "central-scoring")
                .map(module -> ROOT.resolve(module).resolve("target/classes")).toList();
        outputs.forEach(output -> assertThat(output).as("compiled classes of every module").isDirectory());
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPaths(outputs);
    }

    @Test
    void theSharedModuleHasNoSpringNoIoAndNoOtherModule() {
        noClasses().that().resideInAPackage("io.smartstore.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.io..", "java.nio.file..", "java.nio.channels..",
                        "java.net..", "java.sql..", "io.smartstore.devices..", "io.smartstore.kiosk..",
                        "io.smartstore.store..", "io.smartstore.central..")
                .check(classes);
    }

    @Test
    void theSupportModuleKnowsNoApp() {
        noClasses().that().resideInAPackage("io.smartstore.support..")
                .should().dependOnClassesThat().resideInAnyPackage("io.smartstore.devices..", "io.smartstore.kiosk..",
                        "io.smartstore.store..", "io.smartstore.central..")
                .check(classes);
    }

    @Test
    void theKioskJourneyIsPlainJava() {
        noClasses().that().resideInAPackage("io.smartstore.kiosk.journey..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..", "io.smartstore.kiosk.ui..")
                .check(classes);
    }

    @Test
    void deviceDriversAreAPlainLibrary() {
        noClasses().that().resideInAPackage("io.smartstore.devices..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta..",
                        "io.smartstore.protocol..", "io.smartstore.kiosk..", "io.smartstore.store..", "io.smartstore.central..")
                .check(classes);
    }

    @Test
    void jSerialCommAppearsInExactlyOneAdapter() {
        noClasses().that().doNotHaveFullyQualifiedName("io.smartstore.devices.serial.SerialLink")
                .and().doNotHaveFullyQualifiedName("io.smartstore.devices.serial.SerialLink$1")
                .should().dependOnClassesThat().resideInAPackage("com.fazecast..")
                .check(classes);
    }

    @Test
    void appsNeverImportEachOther() {
        noClasses().that().resideInAPackage("io.smartstore.kiosk..")
                .should().dependOnClassesThat().resideInAnyPackage("io.smartstore.store..", "io.smartstore.central..")
                .check(classes);
        noClasses().that().resideInAPackage("io.smartstore.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("io.smartstore.support..")
                .check(classes);
        noClasses().that().resideInAPackage("io.smartstore.store..")
                .should().dependOnClassesThat().resideInAnyPackage("io.smartstore.kiosk..", "io.smartstore.central..", "io.smartstore.devices..")
                .check(classes);
        noClasses().that().resideInAPackage("io.smartstore.central..")
                .should().dependOnClassesThat().resideInAnyPackage("io.smartstore.kiosk..", "io.smartstore.store..", "io.smartstore.devices..")
                .check(classes);
    }

    /**
     * Services and views speak the domain (refusals carry a {@code ProblemCode}); HTTP types belong
     * to the web edge only: controllers and their advice, filters and the security chain, the
     * problem-details edge, and the HTTP clients that call the next hop (the relay, {@code *Client}).
     * Spring's HTML escaping (an e-mail's body) is text, not HTTP.
     */
    @Test
    void onlyTheWebEdgeSpeaksHttp() {
        noClasses().that().areNotAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .and().areNotAnnotatedWith("org.springframework.stereotype.Controller")
                .and().areNotAnnotatedWith("org.springframework.web.bind.annotation.RestControllerAdvice")
                .and().areNotAssignableTo("jakarta.servlet.Filter")
                .and().areNotAnnotatedWith("org.springframework.web.service.annotation.HttpExchange") // another app's API, as called
                .and().haveSimpleNameNotEndingWith("Client")
                .and().haveSimpleNameNotEndingWith("Clients")
                .and().resideOutsideOfPackages("io.smartstore.support.problems..", "io.smartstore.support.clients..",
                        "io.smartstore.support.relay..", "io.smartstore.support.apidocs..", "..security..") // apidocs documents the web edge
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("are HTTP types",
                        (com.tngtech.archunit.core.domain.JavaClass type) -> (type.getPackageName().startsWith("org.springframework.http")
                                || type.getPackageName().startsWith("org.springframework.web"))
                                && !type.getFullName().equals("org.springframework.web.util.HtmlUtils")))
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.smartstore.(*).(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Views (every Vaadin component of the apps) and controllers call services; only services use what runs SQL.
     * The uses older than this rule are frozen in {@code src/test/resources/archunit_store/}: a new one fails the build,
     * and each one taken away leaves the store for good (ArchUnit's {@code FreezingArchRule}).
     */
    @Test
    void viewsAndControllersDoNotUseWhatRunsSql() {
        var edges = com.tngtech.archunit.base.DescribedPredicate.<com.tngtech.archunit.core.domain.JavaClass>describe("are views or controllers",
                type -> type.getPackageName().startsWith("io.smartstore.")
                        && (type.isAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                        || type.isAnnotatedWith("org.springframework.stereotype.Controller")
                        || type.isAssignableTo("com.vaadin.flow.component.Component")));
        var runSql = com.tngtech.archunit.base.DescribedPredicate.<com.tngtech.archunit.core.domain.JavaClass>describe("run SQL",
                type -> type.isAnnotatedWith("org.springframework.stereotype.Repository")
                        || type.getDirectDependenciesFromSelf().stream().anyMatch(dependency ->
                        dependency.getTargetClass().getFullName().startsWith("org.springframework.jdbc.core")));
        noClasses().that(edges).should().dependOnClassesThat(runSql).check(classes);
    }

    /** Who may call an operation is declared on it or its controller, once: the filter chains grant by it, the documents list it. */
    @Test
    void everyOperationSaysWhoCallsIt() {
        String calledBy = "io.smartstore.support.security.CalledBy";
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areMetaAnnotatedWith("org.springframework.web.bind.annotation.RequestMapping")
                .and().areDeclaredInClassesThat().resideInAPackage("io.smartstore..")
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>("say who calls them (@CalledBy)") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method, com.tngtech.archunit.lang.ConditionEvents events) {
                        if (!method.isAnnotatedWith(calledBy) && !method.getOwner().isAnnotatedWith(calledBy)) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method, method.getFullName() + " says nobody"));
                        }
                    }
                })
                .check(classes);
    }

    /**
     * Who may call a service's method is its {@code @RolesAllowed} (method security, enforced). Every page and
     * operation that calls one is checked against it: a page's {@code @RolesAllowed} and an operation's
     * {@code @CalledBy} may grant only roles the service allows, and an operation of an enrolled client or of anyone may
     * not reach a staff-only method. So the URL rules and the documents, made from {@code @CalledBy}, cannot promise
     * what the service refuses.
     */
    @Test
    void pagesAndOperationsGrantNoOneWhatTheServicesRefuse() {
        List<String> violations = new java.util.ArrayList<>();
        java.util.Set<String> checked = new java.util.TreeSet<>();
        for (com.tngtech.archunit.core.domain.JavaClass edge : classes) {
            boolean controller = edge.isAnnotatedWith("org.springframework.web.bind.annotation.RestController");
            boolean page = edge.isAssignableTo("com.vaadin.flow.component.Component");
            if (!edge.getPackageName().startsWith("io.smartstore.") || !(controller || page)) {
                continue;
            }
            for (com.tngtech.archunit.core.domain.JavaMethod method : edge.getMethods()) {
                for (com.tngtech.archunit.core.domain.JavaMethodCall call : method.getMethodCallsFromSelf()) {
                    var target = call.getTarget().resolveMember();
                    if (target.isEmpty() || !target.get().isAnnotatedWith(ROLES_ALLOWED)) {
                        continue;
                    }
                    java.util.Set<String> allowed = strings(target.get().getAnnotationOfType(ROLES_ALLOWED), "value");
                    String what = edge.getSimpleName() + "." + method.getName() + " → " + target.get().getOwner().getSimpleName() + "." + target.get().getName();
                    java.util.Set<String> granted = granted(edge, method, controller);
                    if (granted == null) {
                        violations.add(what + ": says nobody it lets through");
                    } else if (!allowed.containsAll(granted)) {
                        violations.add(what + ": grants " + granted + ", the service allows " + allowed);
                    }
                    checked.add(what);
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(checked).as("the calls checked").anyMatch(call -> call.startsWith("FloorController.")).anyMatch(call -> call.startsWith("FloorView."))
                .anyMatch(call -> call.startsWith("WebhooksController.")).anyMatch(call -> call.startsWith("PeopleView."));
    }

    private static final String ROLES_ALLOWED = "jakarta.annotation.security.RolesAllowed";
    private static final String CALLED_BY = "io.smartstore.support.security.CalledBy";

    /** The roles a page or an operation lets through; {@code ["(client)"]} or {@code ["(anyone)"]} for those; null when it does not say. */
    private static java.util.Set<String> granted(com.tngtech.archunit.core.domain.JavaClass edge, com.tngtech.archunit.core.domain.JavaMethod method,
                                                 boolean controller) {
        if (!controller) {
            return edge.isAnnotatedWith(ROLES_ALLOWED) ? strings(edge.getAnnotationOfType(ROLES_ALLOWED), "value") : null;
        }
        com.tngtech.archunit.core.domain.JavaAnnotation<?> calledBy = method.isAnnotatedWith(CALLED_BY) ? method.getAnnotationOfType(CALLED_BY)
                : edge.isAnnotatedWith(CALLED_BY) ? edge.getAnnotationOfType(CALLED_BY) : null;
        if (calledBy == null) {
            return null;
        }
        String caller = ((com.tngtech.archunit.core.domain.JavaEnumConstant) calledBy.get("value").orElseThrow()).name();
        return switch (caller) {
            case "CLIENT" -> java.util.Set.of("(client)");
            case "ANYONE" -> java.util.Set.of("(anyone)");
            default -> strings(calledBy, "roles");
        };
    }

    private static java.util.Set<String> strings(com.tngtech.archunit.core.domain.JavaAnnotation<?> annotation, String property) {
        return annotation.get(property).map(value -> java.util.Set.of((String[]) value)).orElse(java.util.Set.of());
    }

    /** Every package of app-support on its own, sub-packages too (staff, staff.company, staff.ui, staff.signin). */
    @Test
    void theSupportModulesPackagesHaveNoCycles() {
        slices().matching("io.smartstore.support.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageSaysWhatItIs() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<Path> packagesWithoutInfo = files
                    .filter(path -> path.toString().contains("/src/main/java/") && !path.toString().contains("/target/") && path.toString().endsWith(".java"))
                    .map(Path::getParent).distinct()
                    .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
                    .toList();
            assertThat(packagesWithoutInfo).as("packages without package-info.java").isEmpty();
        }
    }
}
