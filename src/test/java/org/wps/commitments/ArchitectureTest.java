package org.wps.commitments;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wps.commitments.process.ModelFunctions;

/**
 * How the packages may depend on each other (docs/development.md, "Packages"): the top-level packages under
 * {@code org.wps.commitments} are free of cycles, and the shared packages, which every feature may use, use no
 * feature. A feature reaches another feature only through what that one makes public.
 */
class ArchitectureTest {

    /** The packages every feature may use; they use none of the features. */
    static final String[] SHARED = {
        "org.wps.commitments.system..",
        "org.wps.commitments.time..",
        "org.wps.commitments.process..",
        "org.wps.commitments.identity..",
        "org.wps.commitments.input..",
        "org.wps.commitments.web..",
        "org.wps.commitments.engine..",
        "org.wps.commitments.mission..",
        "org.wps.commitments.confidentiality..",
        "org.wps.commitments.notification..",
        "org.wps.commitments.audit..",
        "org.wps.commitments.party.."
    };

    /** The features: each owns a folder, its process, its pages and its API. */
    static final String[] FEATURES = {
        "org.wps.commitments.commitment..",
        "org.wps.commitments.engagement..",
        "org.wps.commitments.plan..",
        "org.wps.commitments.escalation..",
        "org.wps.commitments.review..",
        "org.wps.commitments.concern..",
        "org.wps.commitments.closure..",
        "org.wps.commitments.annualreport..",
        "org.wps.commitments.overdue..",
        "org.wps.commitments.commitmentpage..",
        "org.wps.commitments.operations..",
        "org.wps.commitments.migration..",
        "org.wps.commitments.demo.."
    };

    static final String ROOT = "org.wps.commitments";

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.wps.commitments");
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching("org.wps.commitments.(*)..")
                .should()
                .beFreeOfCycles()
                .because("a package that needs another which needs it back is one package in two folders")
                .check(classes);
    }

    @Test
    void sharedPackagesUseNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage(SHARED)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES)
                .because("every feature builds on the shared packages, so they cannot build on a feature")
                .check(classes);
    }

    @Test
    void beansTheModelsCallArePublic() {
        classes()
                .that()
                .areAnnotatedWith(ModelFunctions.class)
                .should()
                .bePublic()
                .because("the expression language finds methods of public classes only, and the model would fail"
                        + " at run time with 'Cannot find method'")
                .check(classes);
    }

    @Test
    void everyTopLevelPackageIsSharedOrAFeature() {
        Set<String> named = Stream.concat(Arrays.stream(SHARED), Arrays.stream(FEATURES))
                .map(pattern -> pattern.substring(0, pattern.length() - 2))
                .collect(Collectors.toSet());
        Set<String> unnamed = new TreeSet<>();
        for (JavaClass type : classes) {
            String pkg = type.getPackageName();
            if (!pkg.equals(ROOT)) {
                String top = ROOT + "." + pkg.substring(ROOT.length() + 1).split("\\.")[0];
                if (!named.contains(top)) {
                    unnamed.add(top);
                }
            }
        }
        assertThat(unnamed)
                .as("top-level packages to add to SHARED or FEATURES, so that the rules above cover them")
                .isEmpty();
        assertThat(named).as("SHARED and FEATURES name packages that exist").allSatisfy(pkg -> assertThat(
                        classes.stream().anyMatch(type -> type.getPackageName().startsWith(pkg)))
                .as(pkg)
                .isTrue());
    }
}
