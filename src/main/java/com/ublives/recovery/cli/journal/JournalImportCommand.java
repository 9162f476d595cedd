package com.ublives.recovery.cli.journal;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.Services;
import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.journal.JournalImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "import", mixinStandardHelpOptions = true)
final class JournalImportCommand extends JournalSubcommand {

    @Option(names = "--in", required = true, paramLabel = "FILE")
    Path in;

    @Override
    Integer run(Services services) throws IOException {
        if (!Files.isRegularFile(in)) {
            throw new BadInputException(CliLanguage.say("rules.import.noFile", in));
        }
        JournalImport.Result result;
        try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            result = services.journal().importJson(r);
        } catch (CharacterCodingException e) {
            throw new BadInputException(CliLanguage.say("rules.import.notUtf8", in));
        }
        out().println(summary(result));
        return 0;
    }

    /** "Added 2 recoveries and 3 check-ins." and, when the journal already held some, what was left out. */
    static String summary(JournalImport.Result result) {
        String added = CliLanguage.say("journal.import.added", result.recoveries(), result.checkIns());
        if (!result.skippedAny()) {
            return CliLanguage.say("journal.import.done", added);
        }
        if (result.skippedCheckIns() > 0) {
            return CliLanguage.say("journal.import.skippedBoth", added, result.skippedRecoveries(), result.skippedCheckIns());
        }
        return CliLanguage.say("journal.import.skipped", added, result.skippedRecoveries());
    }

}
