package com.ublives.recovery.cli.rules;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.cli.OutFile;
import com.ublives.recovery.Services;
import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.content.ChangeWords;
import com.ublives.recovery.content.ContentService;
import com.ublives.recovery.rules.RuleSetDiff.Change;
import com.ublives.recovery.rules.RuleSetChangedException;
import com.ublives.recovery.rules.RuleSetException;
import com.ublives.recovery.rules.RuleSetVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "import", mixinStandardHelpOptions = true)
final class RulesImportCommand extends RulesSubcommand {

    @Option(names = "--in", required = true, paramLabel = "FILE")
    Path in;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Option(names = "--replace-newer")
    boolean replaceNewer;

    @Override
    Integer run(Services services) throws IOException {
        ContentService content = services.content();
        ContentService.Check check;
        try {
            check = content.check(read(in), replaceNewer);
        } catch (ContentService.OutdatedExportException outdated) {
            throw new RuleSetChangedException(outdated(outdated));
        } catch (RuleSetException refused) {
            throw new BadInputException(CliLanguage.say("rules.import.refused", in, refused.problems().size())
                    + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ",
                    refused.phrases().stream().map(CliLanguage::say).toList()));
        }
        RuleSetVersion current = inUse(content.versions());
        out().println(current == null ? CliLanguage.say("rules.import.compared") : CliLanguage.say("rules.import.comparedWith", named(current)));
        if (check.sameContent()) {
            out().println(CliLanguage.say("rules.import.same"));
            return 0;
        }
        ChangeWords words = new ChangeWords(texts());
        for (Change change : check.changes()) {
            out().println("  " + words.describe(change));
        }
        if (dryRun) {
            out().println(CliLanguage.say("rules.import.dryRun", check.changes().size()));
            return 0;
        }
        RuleSetVersion saved = content.importChecked(check, who());
        out().println(CliLanguage.say("rules.import.stored", named(saved)));
        return 0;
    }

    /** One line: since when the file is outdated, who changed the rules, and the two ways on. */
    private String outdated(ContentService.OutdatedExportException e) {
        RuleSetVersion now = e.inUse();
        String by = now.savedBy() == null || now.savedBy().isBlank() ? CliLanguage.say("rules.byTheApp") : now.savedBy();
        return CliLanguage.say("rules.import.outdated", in, String.valueOf(e.base().number()), e.base().name(), named(now),
                by, when(now), String.valueOf(now.number()));
    }

    /** The file as UTF-8 text; anything else is bad input that names the file. */
    private static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(CliLanguage.say("rules.import.noFile", file));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(CliLanguage.say("rules.import.notUtf8", file));
        }
    }
}
