package com.ublives.recovery.cli;

import com.ublives.recovery.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The usage help and refusals of a call that names no command are written from stand-ins of the
 * commands (Cli.listingCommands: names, descriptions from the bundle), not from the commands' models:
 * they must read exactly as picocli writes them from every command built, in each language, plain and
 * in colour.
 */
class CliHelpTest {

    @AfterEach
    void english() {
        CliLanguage.choose(new String[]{"--lang", "en"}, Locale.ENGLISH);
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @ParameterizedTest
    @CsvSource({"en,--help", "de,--help", "en,-h", "de,help", "en,help"})
    void theHelpIsTheSameAsFromEveryCommandBuilt(String lang, String help) {
        Run run = run("--lang", lang, help);

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        // the language of the run is still chosen: the reference is written in it
        CommandLine every = Cli.withEveryCommand();
        assertThat(run.out()).isEqualTo(every.getUsageMessage(Ansi.OFF))
                .contains("journal", "encryption", "rules");
        assertThat(Cli.listingCommands().getUsageMessage(Ansi.ON)).isEqualTo(every.getUsageMessage(Ansi.ON));
    }

    /** The help the build stored (HelpTexts) is exactly what picocli renders from this build's commands and bundles. */
    @ParameterizedTest
    @CsvSource({"en,false", "en,true", "de,false", "de,true"})
    void theStoredHelpIsWhatPicocliRenders(String lang, boolean colour) {
        CliLanguage.choose(new String[]{"--lang", lang}, Locale.ENGLISH);
        Language language = CliLanguage.language();

        assertThat(HelpTexts.stored(language, colour)).as("rendered by the build (pom.xml, help-texts)")
                .isEqualTo(Cli.withEveryCommand().getUsageMessage(colour ? Ansi.ON : Ansi.OFF)
                        .replace(System.lineSeparator(), "\n"));
    }

    /** Only the root's help is printed from the stored text; every other call is picocli's. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"--help|true", "-h|true", "help|true", "--lang de --help|true", "--lang=en -h|true",
            "help plan|false", "plan --help|false", "--help --help|false", "--verbose --help|false", "--version|false", "--lang|false"})
    void onlyTheRootsHelpIsPrintedFromTheStoredText(String args, boolean stored) {
        assertThat(HelpTexts.asksForHelpOnly(args.split(" "))).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({"en,Usage: recovery-planner,Lists the massage types", "de,Aufruf: recovery-planner,Nennt die Massagearten"})
    void theHelpIsWrittenInTheLanguageOfTheRun(String lang, String synopsis, String catalog) {
        Run run = run("--lang", lang, "--help");

        assertThat(run.out()).startsWith(synopsis).contains(catalog);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plam", "jurnal", "--nonsense"})
    void aMisspeltCommandIsRefusedAsFromEveryCommandBuilt(String wrong) {
        Run run = run(wrong);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThatThrownBy(() -> Cli.withEveryCommand().parseArgs(wrong))
                .isInstanceOfSatisfying(CommandLine.ParameterException.class, refused ->
                        assertThat(run.err().lines().toList()).containsExactly(ParseRefusal.sentence(refused)));
    }
}
