package dev.fivewhys;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

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
     * <li>work: each engineer's own list (follow-ups, drafts, fixes, failures) and who owns a failure or an analysis;
     * it reads those features and nothing reads it;</li>
     * <li>notify: outgoing webhooks told of what happens in sessions, failures, follow-ups and fixes; nothing reads
     * it;</li>
     * <li>github mirrors a failure and everything recorded about it, and its webhooks change fixes and failures;</li>
     * <li>story tells a session's story: its go/no-go from its criteria, failures and their fixes' go/no-go, and the
     * timeline entries the app writes; GitHub's events are part of that story;</li>
     * <li>followup: an analysis's prevention as actions with owners and due dates, done by a fix; GitHub mirrors them
     * and the impact page counts them;</li>
     * <li>audit (compliance audits, stability validations, go/no-go) judges a fix;</li>
     * <li>fix removes an analysis's root cause, and a later passing session's results verify it;</li>
     * <li>analysis explains a failure (or a session);</li>
     * <li>result: an upload's failing results are grouped into failures;</li>
     * <li>history: each test's outcomes, flakiness and quarantine, kept after an upload's results are in and before
     * its failing ones are grouped (a quarantined test's open no failure);</li>
     * <li>failure is seen in sessions of a project;</li>
     * <li>session belongs to a project;</li>
     * <li>project holds the severity scale, since a project sets from which severity its failures go to
     * GitHub;</li>
     * <li>security: users, roles and tokens every feature checks, and who is looking at a page;</li>
     * <li>web: layout, forms, flash, error pages, markdown for pages;</li>
     * <li>core: configuration, clock, hashing, SQL values, ValidationProblem.</li>
     * </ul>
     */
    static final List<String> ORDER = List.of("logbook", "impact", "work", "notify", "github", "story", "followup", "audit",
            "fix", "analysis", "result", "history", "failure", "session", "project", "security", "web", "core");

    /**
     * Inside a feature split by job, the same rule between its sub-packages, highest first ("" is the feature's own
     * package):
     * <ul>
     * <li>logbook: the report lays a session out, reads the draft back through the parser and the import's plan, and
     * adds what it missed, so it sits on the import (logbook itself: resource, plan, writer, preview), which plans
     * from what parse reads; repair mends garbled text before parse reads it;</li>
     * <li>github: its pages (the sync page, "Send to GitHub") on top; webhooks act on the outbox's links and jobs; the
     * outbox sends through the client, the only code that speaks to GitHub.</li>
     * </ul>
     */
    static final Map<String, List<String>> JOBS = Map.of(
            "logbook", List.of("report", "", "parse", "repair"),
            "github", List.of("", "webhook", "outbox", "client"));

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
        List<String> jobsUnplaced = MAIN.stream().filter(c -> JOBS.containsKey(feature(c)))
                .filter(c -> jobLevel(feature(c), c) < 0).map(c -> feature(c) + "/" + job(feature(c), c)).distinct()
                .toList();
        assertEquals(List.of(), jobsUnplaced, "sub-packages missing from JOBS");
    }

    private static ArchCondition<JavaClass> useNoPackageAboveTheirOwn() {
        return new ArchCondition<>("use no package above their own") {
            @Override
            public void check(JavaClass source, ConditionEvents events) {
                String feature = feature(source);
                int own = level(feature);
                for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
                    JavaClass targetClass = dependency.getTargetClass();
                    String target = feature(targetClass);
                    int level = level(target);
                    if (level >= 0 && level < own) {
                        events.add(SimpleConditionEvent.violated(dependency,
                                feature + " → " + target + ": " + dependency.getDescription()));
                    } else if (level == own && JOBS.containsKey(feature)
                            && jobLevel(feature, targetClass) < jobLevel(feature, source)) {
                        events.add(SimpleConditionEvent.violated(dependency, feature + "/" + job(feature, source) + " → "
                                + feature + "/" + job(feature, targetClass) + ": " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static int level(String feature) {
        return feature == null ? -1 : ORDER.indexOf(feature);
    }

    private static int jobLevel(String feature, JavaClass c) {
        return JOBS.get(feature).indexOf(job(feature, c));
    }

    /** The sub-package of the feature a class is in; "" for the feature's own package. */
    static String job(String feature, JavaClass c) {
        String own = "dev.fivewhys." + feature;
        String name = c.getPackageName();
        return name.equals(own) ? "" : name.substring(own.length() + 1).split("\\.")[0];
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
