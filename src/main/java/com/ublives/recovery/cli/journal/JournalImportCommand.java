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

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Add the recoveries of a JSON export to the journal: all of them, or none if one is bad.")
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
        out().println("Imported " + result.recoveries() + " recoveries with " + result.checkIns() + " check-ins.");
        return 0;
    }
}
