package com.ublives.recovery;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.ublives.recovery.storage.Transactions;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.ublives.recovery.AppLayers.APP;
import static com.ublives.recovery.AppLayers.COMMANDS;
import static com.ublives.recovery.AppLayers.DATA;
import static com.ublives.recovery.AppLayers.DATABASE;
import static com.ublives.recovery.AppLayers.ENGINE;
import static com.ublives.recovery.AppLayers.FILES;
import static com.ublives.recovery.AppLayers.PREPARE_SQL;
import static com.ublives.recovery.AppLayers.ROOT;
import static com.ublives.recovery.AppLayers.SCREENS;
import static com.ublives.recovery.AppLayers.SERVICES;

/**
 * The layers of docs/architecture.md and which way they point: screens and commands call services,
 * services call the engine and storage, and nothing calls up. Every class of the app belongs to a
 * layer, and every layer has classes, so a new package or an emptied one fails here instead of
 * passing unchecked.
 */
class ArchitectureTest {

    /** The window's screens and the command line's commands. */
    private static final DescribedPredicate<JavaClass> FACES = resideInAnyPackage(
            Stream.of(COMMANDS, SCREENS).flatMap(Stream::of).toArray(String[]::new)).as("screens and commands");

    @Test
    void layersPointDownOnly() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("Composition root").definedBy(ROOT)
                .layer("Commands").definedBy(COMMANDS)
                .layer("Screens").definedBy(SCREENS)
                .layer("Services").definedBy(SERVICES)
                .layer("Database").definedBy(DATABASE)
                .layer("Files").definedBy(FILES)
                .layer("Engine").definedBy(ENGINE)
                .layer("Languages").definedBy(AppLayers.LANGUAGES)
                // the command line opens the services through the composition root (Services.open)
                .whereLayer("Composition root").mayOnlyBeAccessedByLayers("Commands")
                .whereLayer("Commands").mayOnlyBeAccessedByLayers("Composition root")
                .whereLayer("Screens").mayOnlyBeAccessedByLayers("Composition root")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Composition root", "Commands", "Screens")
                .whereLayer("Services").mayOnlyAccessLayers("Database", "Files", "Engine", "Languages")
                .whereLayer("Database").mayOnlyBeAccessedByLayers("Composition root", "Services")
                // a backup zip is rewritten whole through SafeFile (BackupZips), as any file a person keeps
                .whereLayer("Database").mayOnlyAccessLayers("Engine", "Files", "Languages")
                // storage and the engine refuse and fail with a phrase (i18n/Phrase: a key and its arguments), which
                // the face that shows it writes in its own language: they name no language and know no face
                .whereLayer("Files").mayOnlyAccessLayers("Languages")
                .whereLayer("Engine").mayOnlyAccessLayers("Languages")
                .whereLayer("Languages").mayNotAccessAnyLayer()
                // what storage hands up through a service stays plain data on the way: a backup's record,
                // a password, a storage failure a face tells or asks again about
                .ignoreDependency(FACES, DATABASE.and(DATA))
                .because("each face of the app (window, command line) calls the same services, "
                        + "and the engine and the repositories know nothing of who calls them")
                .check(APP);
    }

    @Test
    void eachFeaturesDataIsReachedOnlyThroughItsOwnPackage() {
        classes().that(PREPARE_SQL)
                .should(onlyBeUsedFromTheirOwnPackageOrTheCompositionRoot())
                .because("a feature reaches another feature's data through that feature's service")
                .check(APP);
    }

    @Test
    void repositoriesCallNothingThatUsesThem() {
        classes().that(PREPARE_SQL)
                .should(notDependOnTheirCallers())
                .because("a repository reads and writes rows; deciding what to store belongs to the service")
                .check(APP);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("com.ublives.recovery.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(APP);
    }

    private static ArchCondition<JavaClass> onlyBeUsedFromTheirOwnPackageOrTheCompositionRoot() {
        return new ArchCondition<>("be used only from their own package or by the composition root") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency use : repository.getDirectDependenciesToSelf()) {
                    String from = use.getOriginClass().getPackageName();
                    if (!from.equals(repository.getPackageName()) && !from.equals(ROOT)) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }

    /** A caller is a class that uses a repository or runs a transaction, apart from repositories themselves. */
    private static ArchCondition<JavaClass> notDependOnTheirCallers() {
        return new ArchCondition<>("not depend on a class that uses a repository or runs a transaction") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency d : repository.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (!sameTopLevelClass(repository, target) && !PREPARE_SQL.test(target) && isCaller(target)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean isCaller(JavaClass c) {
        return AppLayers.isApp(c) && c.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass)
                .anyMatch(t -> PREPARE_SQL.test(t) || t.isEquivalentTo(Transactions.class));
    }

    private static boolean sameTopLevelClass(JavaClass a, JavaClass b) {
        return topLevel(a).equals(topLevel(b));
    }

    private static String topLevel(JavaClass c) {
        String name = c.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
