package dev.fivewhys.github.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The design keeps github-api behind the gateway in github/client; this catches a class elsewhere reaching for it. */
class GatewayBoundaryTest {

    @Test
    void onlyTheClientUsesTheGitHubLibrary() {
        noClasses().that().resideOutsideOfPackage("dev.fivewhys.github.client..").should().dependOnClassesThat()
                .resideInAPackage("org.kohsuke.github..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.fivewhys"));
    }
}
