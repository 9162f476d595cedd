package com.ublives.recovery.cli;

import com.ublives.recovery.storage.SafeFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/**
 * A file a command writes (to --out, --pdf): checked before any work (a missing folder, a file that exists
 * without --force), then written whole or not at all, each refusal in one line naming the option.
 */
public final class OutFile {

    private OutFile() {
    }

    /** The file the write will land in; refuses as "--out ..." before anything is done. */
    public static Path check(Path out, boolean force) {
        return check("--out", out, force);
    }

    /** The same for a file given with another option (such as --pdf). */
    public static Path check(String option, Path file, boolean force) {
        try {
            return SafeFile.checkTarget(file, force);
        } catch (SafeFile.TargetRefusedException refused) {
            throw new BadInputException(option + " " + CliLanguage.words(refused));
        }
    }

    public static void writeText(Path out, Path target, boolean force, SafeFile.TextBody body) {
        try {
            SafeFile.writeText(target, force, body);
        } catch (FileAlreadyExistsException raced) {
            throw new BadInputException(CliLanguage.say("out.exists", "--out", out));
        } catch (IOException e) {
            throw new UncheckedIOException(CliLanguage.say("out.failed", out, e.getMessage()), e);
        }
    }
}
