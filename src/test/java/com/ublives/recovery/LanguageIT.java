package com.ublives.recovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line in German and English, through the fat jar as a person runs it: --lang on any
 * command (also before it), else the data folder's settings file, else the computer's language;
 * German numbers, the help in German, an unknown language refused, and JSON the same in both.
 */
class LanguageIT {

    private static final String[] PLAN = {"plan", "--massage", "deep-tissue", "--soreness", "5", "--hours", "30.5"};

    @TempDir
    Path dir;

    private FatJar.Result run(List<String> jvm, String... args) throws Exception {
        return new FatJar(dir, jvm).run(args);
    }

    private FatJar.Result inEnglishComputer(String... args) throws Exception {
        return run(List.of("-Duser.language=en", "-Duser.country=US"), args);
    }

    private String[] plan(String... more) {
        String[] all = new String[PLAN.length + more.length + 2];
        System.arraycopy(PLAN, 0, all, 0, PLAN.length);
        System.arraycopy(more, 0, all, PLAN.length, more.length);
        all[all.length - 2] = "--data-dir";
        all[all.length - 1] = dir.resolve("data").toString();
        return all;
    }

    @Test
    void planWithLangDeAnswersInGermanWithGermanNumbers() throws Exception {
        FatJar.Result german = inEnglishComputer(plan("--lang", "de"));

        assertThat(german.status()).isZero();
        assertThat(german.out()).contains("vor 30,5 Stunden: Muskelkater 5 von 10")
                .contains("Erwarteter Verlauf: ").contains("Stand: im erwarteten Rahmen von 24–48 h (ON_TRACK)")
                .contains("Erste 24 Stunden").contains("24–48 Stunden  <- jetzt")
                .contains("keine Diagnose")
                .doesNotContain("Expected course").doesNotContain("Status:").doesNotContain("not a diagnosis");
    }

    @Test
    void langMayStandBeforeTheCommandAndEnglishStaysAsBefore() throws Exception {
        String[] args = plan();
        String[] before = new String[args.length + 2];
        before[0] = "--lang";
        before[1] = "en";
        System.arraycopy(args, 0, before, 2, args.length);

        FatJar.Result english = run(List.of("-Duser.language=de", "-Duser.country=DE"), before);

        assertThat(english.status()).isZero();
        assertThat(english.out()).startsWith("Deep tissue massage, 30.5 hours ago: soreness 5 of 10 (moderate), achy")
                .contains("Status: ON_TRACK (within the expected 24–48 h)").contains("not a diagnosis");
    }

    @Test
    void theEnginesRefusalIsInTheRunsLanguage() throws Exception {
        FatJar.Result german = inEnglishComputer("plan", "--massage", "swedish", "--soreness", "11", "--lang", "de",
                "--data-dir", dir.resolve("data").toString());

        assertThat(german.status()).isEqualTo(2);
        assertThat(german.out()).isEmpty();
        assertThat(german.errLines()).containsExactly("--soreness muss eine ganze Zahl von 0 bis 10 sein, nicht 11");
    }

    @Test
    void anUnknownLanguageIsRefusedInOneLineNamingTheAllowedOnes() throws Exception {
        FatJar.Result refused = inEnglishComputer(plan("--lang", "xx"));

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.errLines()).containsExactly("--lang must be one of en|de, got xx");
    }

    @Test
    void helpInGerman() throws Exception {
        FatJar.Result main = inEnglishComputer("--help", "--lang", "de");
        FatJar.Result plan = inEnglishComputer("plan", "--help", "--lang=de");

        assertThat(main.status()).isZero();
        assertThat(main.out()).startsWith("Aufruf: recovery-planner").contains("Befehle:")
                .contains("Plant und begleitet die Erholung nach einer Massage.")
                .contains("Zeigt diese Hilfe und endet.").doesNotContain("Show this help message");
        assertThat(plan.out()).startsWith("Aufruf: recovery-planner plan")
                .contains("Muskelkater, eine ganze Zahl von 0 bis 10.").contains("Beispiele:")
                .doesNotContain("Soreness, a whole number");
    }

    @Test
    void withoutLangTheSettingsFileDecidesThenTheComputersLanguage() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        FatJar.Result germanComputer = run(List.of("-Duser.language=de", "-Duser.country=AT"), plan());
        assertThat(germanComputer.out()).contains("Erwarteter Verlauf");

        Files.writeString(data.resolve("settings.properties"), "language=de\n", StandardCharsets.UTF_8);
        FatJar.Result fromSettings = inEnglishComputer(plan());
        FatJar.Result langWins = inEnglishComputer(plan("--lang", "en"));

        assertThat(fromSettings.out()).contains("Erwarteter Verlauf").contains("vor 30,5 Stunden");
        assertThat(langWins.out()).contains("Expected course").contains("30.5 hours ago");
    }

    @Test
    void jsonIsTheSameInEveryLanguage() throws Exception {
        FatJar.Result german = inEnglishComputer(plan("--json", "--lang", "de"));
        FatJar.Result english = inEnglishComputer(plan("--json", "--lang", "en"));

        assertThat(german.status()).isZero();
        assertThat(german.out()).isEqualTo(english.out()).contains("\"hours\":30.5");
    }
}
