package com.ublives.recovery.rules;

import com.tngtech.archunit.lang.ArchRule;
import com.ublives.recovery.AppLayers;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.ublives.recovery.AppLayers.APP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine stays pure: no toolkit, no SQL, no file or network I/O, no other part of the app. The same
 * holds for the time rules beside it ({@code time/}), which the engine's layer shares.
 */
class RulesArchitectureTest {

    @Test
    void theRulesPackageWasImported() {
        assertThat(APP.stream().filter(c -> c.getPackageName().equals("com.ublives.recovery.rules")).count())
                .isGreaterThan(10);
    }

    @Test
    void theRulesEngineUsesNoJavaFxSqlOrFileIo() {
        ArchRule rule = noClasses().that().resideInAnyPackage(AppLayers.ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "javax.sql..", "java.nio.file..", "java.nio.channels..", "java.net..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|RandomAccessFile).*")
                .because("the engine works on an immutable snapshot; loading and storing belong to storage");
        rule.check(APP);
    }

    @Test
    void theRulesEngineKnowsNoOtherPartOfTheApp() {
        ArchRule rule = noClasses().that().resideInAnyPackage(AppLayers.ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.ublives.recovery.ui..", "com.ublives.recovery.storage..", "com.ublives.recovery.cli..",
                        "com.ublives.recovery.assess..", "com.ublives.recovery.journal..", "com.ublives.recovery.clinic..")
                .orShould().dependOnClassesThat().haveNameMatching("com\\.ublives\\.recovery\\.[A-Z].*")
                .because("every face of the app depends on the engine, never the other way round");
        rule.check(APP);
    }
}
