package dev.fivewhys;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Dependencies between the feature packages point one way: a package may use any package below it in
 * {@link #ORDER}, never one above. Checked over the compiled classes, so fields, signatures, annotations and
 * calls all count, not only imports.
 */
class DependencyDirectionTest {

    /**
     * Highest first. Why each sits where it does:
     * <ul>
     * <li>logbook imports a markdown log into every kind of record and writes them all back as a report, GitHub
     * links included;</li>
     * <li>impact sums up sessions, failures, fixes and their go/no-go for managers; nothing builds on it;</li>
     * <li>github mirrors a failure and everything recorded about it, and its webhooks change fixes and failures;</li>
     * <li>audit (compliance audits, stability validations, go/no-go) judges a fix;</li>
     * <li>fix removes an analysis's root cause, and a later passing session's results verify it;</li>
     * <li>analysis explains a failure (or a session);</li>
     * <li>result: an upload's failing results are grouped into failures;</li>
     * <li>failure is seen in sessions of a project;</li>
     * <li>session belongs to a project;</li>
     * <li>project holds the severity scale, since a project sets from which severity its failures go to
     * GitHub;</li>
     * <li>security: users, roles and tokens every feature checks, and who is looking at a page;</li>
     * <li>web: layout, forms, flash, error pages, markdown for pages;</li>
     * <li>core: configuration, clock, hashing, SQL values, ValidationProblem.</li>
     * </ul>
     */
    static final List<String> ORDER = List.of("logbook", "impact", "github", "audit", "fix", "analysis", "result",
            "failure", "session", "project", "security", "web", "core");

    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.fivewhys");

    @Test
    void noPackageUsesAPackageAboveIt() {
        ArchRule rule = classes().that().resideInAPackage("dev.fivewhys..").should(useNoPackageAboveTheirOwn())
                .as("classes of a package use no package above it in " + String.join(" → ", ORDER));
        rule.check(MAIN);
    }

    @Test
    void everyPackageHasItsPlace() {
        List<String> unplaced = MAIN.stream().map(DependencyDirectionTest::feature).filter(f -> f != null)
                .distinct().filter(f -> !ORDER.contains(f)).toList();
        assertEquals(List.of(), unplaced, "packages missing from ORDER");
    }

    private static ArchCondition<JavaClass> useNoPackageAboveTheirOwn() {
        return new ArchCondition<>("use no package above their own") {
            @Override
            public void check(JavaClass source, ConditionEvents events) {
                int own = level(feature(source));
                for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
                    String target = feature(dependency.getTargetClass());
                    int level = level(target);
                    if (level >= 0 && level < own) {
                        events.add(SimpleConditionEvent.violated(dependency,
                                feature(source) + " → " + target + ": " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static int level(String feature) {
        return feature == null ? -1 : ORDER.indexOf(feature);
    }

    /** The feature a class belongs to: the first package name below dev.fivewhys; null outside it. */
    static String feature(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith("dev.fivewhys.")) {
            return null;
        }
        return name.substring("dev.fivewhys.".length()).split("\\.")[0];
    }
}
