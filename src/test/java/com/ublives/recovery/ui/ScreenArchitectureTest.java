package com.ublives.recovery.ui;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.ublives.recovery.AppLayers;
import javafx.fxml.FXML;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.containAnyMembersThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.ublives.recovery.AppLayers.APP;
import static com.ublives.recovery.AppLayers.DATA;

/**
 * The screen layering of docs/architecture.md: controllers bind and delegate, and the part of a
 * screen that calls a service (its view model) touches no node. Journal and clinic screens are held
 * to the same rules. Classes are picked by package and by what they do (FXML fills a controller's
 * {@code @FXML} members; a view model calls a service), not by the ends of their names.
 */
class ScreenArchitectureTest {

    private static final DescribedPredicate<JavaClass> SCREEN_CLASSES = resideInAnyPackage(AppLayers.SCREENS);

    private static final DescribedPredicate<JavaClass> CONTROLLERS = SCREEN_CLASSES
            .and(containAnyMembersThat(annotatedWith(FXML.class)))
            .as("controllers (screen classes with @FXML members)");

    /** What works behind the screens: services, repositories, storage, the engine, apart from the data they hand out. */
    private static final DescribedPredicate<JavaClass> WORKERS = resideInAnyPackage(
            Stream.of(AppLayers.SERVICES, AppLayers.STORAGE, AppLayers.ENGINE).flatMap(Stream::of).toArray(String[]::new))
            .or(resideInAPackage(AppLayers.ROOT))
            .and(not(DATA))
            .as("services, repositories, storage, the engine or the composition root");

    private static final DescribedPredicate<JavaClass> SERVICES = resideInAnyPackage(AppLayers.SERVICES).and(not(DATA));

    /**
     * The view-model role: a screen class whose instances call a service. A screen's static factory
     * (JournalScreen.create, ClinicScreen.create) builds nodes and hands services to view models; that
     * wiring is not the role checked here.
     */
    private static final DescribedPredicate<JavaClass> CALL_A_SERVICE = new DescribedPredicate<>("call a service from instance code") {
        @Override
        public boolean test(JavaClass c) {
            return c.getMethodCallsFromSelf().stream().anyMatch(call -> SERVICES.test(call.getTargetOwner())
                    && !call.getOrigin().getModifiers().contains(JavaModifier.STATIC));
        }
    };

    @Test
    void controllersNeitherJudgeNorStore() {
        noClasses().that(CONTROLLERS)
                .should().dependOnClassesThat(WORKERS)
                .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("a controller binds nodes to its view model and forwards commands; it decides nothing")
                .check(APP);
    }

    @Test
    void theClassesThatCallServicesTouchNoNodes() {
        noClasses().that(SCREEN_CLASSES).and(CALL_A_SERVICE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
                .because("a view model holds a screen's state and calls the services; kept free of nodes, it is tested without a toolkit")
                .check(APP);
    }

    @Test
    void theAssessmentScreenHasItsThreeParts() {
        classes().that().haveSimpleName("AssessmentController").or().haveSimpleName("AssessmentViewModel")
                .should().resideInAPackage("com.ublives.recovery.assess")
                .check(APP);
    }
}
