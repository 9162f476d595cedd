package com.ublives.recovery.cli.journal;

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
            throw new BadInputException("--in " + in + ": no such file");
        }
        JournalImport.Result result;
        try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            result = services.journal().importJson(r);
        } catch (CharacterCodingException e) {
            throw new BadInputException("--in " + in + ": the file is not UTF-8 text");
        }
        out().println(summary(result));
        return 0;
    }

    /** "Added 2 recoveries and 3 check-ins." and, when the journal already held some, what was left out. */
    static String summary(JournalImport.Result result) {
        String added = "Added " + count(result.recoveries(), "recovery", "recoveries") + " and "
                + count(result.checkIns(), "check-in", "check-ins");
        if (!result.skippedAny()) {
            return added + ".";
        }
        String skipped = count(result.skippedRecoveries(), "recovery", "recoveries");
        if (result.skippedCheckIns() > 0) {
            return added + "; " + skipped + " and " + count(result.skippedCheckIns(), "check-in", "check-ins")
                    + " were already in the journal.";
        }
        return added + "; " + skipped + (result.skippedRecoveries() == 1 ? " was" : " were") + " already in the journal.";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
