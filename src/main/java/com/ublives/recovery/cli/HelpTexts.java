package com.ublives.recovery.cli;

import com.ublives.recovery.i18n.Language;
import picocli.CommandLine.Help.Ansi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The usage help of the whole command line ({@code --help}, {@code -h}, {@code help}), as picocli writes
 * it, rendered by the build for each language, plain and in colour (pom.xml, "help-texts"). Building
 * picocli's model of the root and rendering it was about a third of a {@code --help} run
 * (docs/BENCHMARKS.md, "Command line, fourth round"); printing the stored text is not. CliHelpTest
 * checks every stored text equals what picocli renders now, so a changed bundle or command that the
 * build did not render again fails the build. Any other call, or a picocli setting given as a system
 * property, goes to picocli as before.
 */
public final class HelpTexts {

    private static final String FOLDER = "cli/help/";

    private HelpTexts() {
    }

    /** Build step: writes every language's help into CLASSES/cli/help/. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).resolve(FOLDER);
        Files.createDirectories(folder);
        for (Language language : Language.values()) {
            CliLanguage.choose(new String[]{CliLanguage.OPTION, language.code()}, Locale.ROOT);
            for (boolean colour : new boolean[]{false, true}) {
                Files.writeString(folder.resolve(name(language, colour)), rendered(colour), StandardCharsets.UTF_8);
            }
        }
    }

    /** What picocli writes for the root's help in the run's language, with line ends as "\n". */
    static String rendered(boolean colour) {
        return Cli.listingCommands().getUsageMessage(colour ? Ansi.ON : Ansi.OFF).replace(System.lineSeparator(), "\n");
    }

    /**
     * The stored help when {@code args} ask for the root's help and nothing else ({@code --lang} aside),
     * in the run's language and coloured as picocli would colour it here; null otherwise.
     */
    static String forCall(String[] args) {
        if (!asksForHelpOnly(args) || picocliSettingGiven()) {
            return null;
        }
        String text = stored(CliLanguage.language(), Ansi.AUTO.enabled());
        return text == null ? null : text.replace("\n", System.lineSeparator());
    }

    /** The stored text, or null when this build has none (a build without the step). */
    static String stored(Language language, boolean colour) {
        try (InputStream in = HelpTexts.class.getResourceAsStream("/" + FOLDER + name(language, colour))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Language language, boolean colour) {
        return "usage-" + language.code() + (colour ? ".ansi" : "") + ".txt";
    }

    /** Exactly one of --help, -h, help, with at most --lang X (or --lang=X) around it. */
    static boolean asksForHelpOnly(String[] args) {
        int help = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(CliLanguage.OPTION)) {
                i++; // its value
            } else if (arg.startsWith(CliLanguage.OPTION + "=")) {
                continue;
            } else if (arg.equals("--help") || arg.equals("-h") || arg.equals("help")) {
                help++;
            } else {
                return false;
            }
        }
        return help == 1;
    }

    /** picocli reads settings such as picocli.usage.width from system properties: then it renders itself. */
    private static boolean picocliSettingGiven() {
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("picocli.")) {
                return true;
            }
        }
        return false;
    }
}
