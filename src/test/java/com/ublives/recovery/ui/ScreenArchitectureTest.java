package com.ublives.recovery.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The screen layering of docs/architecture.md: controllers bind and delegate, view models hold no nodes, and
 * only view models reach the services. Journal and clinic screens are held to the same rules.
 */
class ScreenArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.ublives.recovery");

    @Test
    void viewModelsTouchNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
                .allowEmptyShould(true)
                .check(APP);
    }

    @Test
    void controllersNeitherJudgeNorStore() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.ublives.recovery.Services")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.ublives.recovery.rules.RuleEngine")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.ublives.recovery.rules.AssessmentParser")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .allowEmptyShould(true)
                .check(APP);
    }

    @Test
    void theAssessmentScreenHasItsThreeParts() {
        classes().that().haveSimpleName("AssessmentController").or().haveSimpleName("AssessmentViewModel")
                .should().resideInAPackage("com.ublives.recovery.assess")
                .check(APP);
    }
}
