package com.ublives.recovery.ui;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Every test that drives the JavaFX toolkit is tagged "ui", so the pom's {@code -DexcludedGroups=ui}
 * leaves out every UI test and {@code -Dgroups=ui} runs exactly them.
 */
class UiTagTest {

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("com.ublives.recovery");

    private static final DescribedPredicate<JavaClass> TESTS_ON_THE_TOOLKIT = new DescribedPredicate<>(
            "hold tests and use TestFX or the JavaFX platform") {
        @Override
        public boolean test(JavaClass c) {
            boolean holdsTests = c.getMethods().stream()
                    .anyMatch(m -> m.isAnnotatedWith(Test.class) || m.isAnnotatedWith(ParameterizedTest.class));
            boolean usesToolkit = c.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass())
                    .anyMatch(t -> t.getPackageName().startsWith("org.testfx")
                            || t.getName().equals("javafx.application.Platform"));
            return holdsTests && usesToolkit;
        }
    };

    @Test
    void everyTestOnTheToolkitIsTaggedUi() {
        classes().that(TESTS_ON_THE_TOOLKIT)
                .should(new ArchCondition<>("be tagged \"ui\"") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        boolean tagged = c.tryGetAnnotationOfType(Tag.class).map(t -> t.value().equals("ui")).orElse(false);
                        events.add(new SimpleConditionEvent(c, tagged, c.getName() + " is not tagged \"ui\""));
                    }
                })
                .check(TESTS);
    }
}
