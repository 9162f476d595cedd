package com.ublives.recovery.cli;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.datafolder.DataFolder;
import com.ublives.recovery.datafolder.EncryptionChange;
import com.ublives.recovery.storage.Password;
import com.ublives.recovery.storage.WrongPasswordException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** encryption on|off|change: the data file and its backups, encrypted with a password or not. */
@Command(name = "encryption", mixinStandardHelpOptions = true)
public final class EncryptionCommand implements Callable<Integer> {

    @Parameters(paramLabel = "on|off|change", descriptionKey = "on-off-change")
    String action;

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DataFolder dataFolder = dataDir.dataFolder();
        Path folder = dataFolder.path();
        boolean on = dataFolder.encrypted();
        EncryptionChange change = switch (action.toLowerCase(Locale.ROOT)) {
            case "on" -> EncryptionChange.ON;
            case "off" -> EncryptionChange.OFF;
            case "change" -> EncryptionChange.CHANGE;
            default -> throw new BadInputException(CliLanguage.say("encryption.action", action));
        };
        refuseUnless(change.appliesTo(on), switch (change) {
            case ON -> CliLanguage.say("encryption.alreadyOn", folder);
            case OFF -> CliLanguage.say("encryption.alreadyOff", folder);
            case CHANGE -> CliLanguage.say("encryption.offSoNoChange", folder);
        });
        Password current = change.needsCurrent() ? TerminalPassword.current(folder) : null;
        Password fresh = change.needsNew()
                ? TerminalPassword.fresh(change == EncryptionChange.ON ? TerminalPassword.ENV : TerminalPassword.NEW_ENV)
                : null;
        Phrase done;
        try {
            done = change.done(folder, dataFolder.changeEncryption(change, current, fresh));
        } catch (WrongPasswordException e) {
            throw new BadInputException(CliLanguage.words(e));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(CliLanguage.say(done));
        out.flush();
        return 0;
    }

    private static void refuseUnless(boolean allowed, String message) {
        if (!allowed) {
            throw new BadInputException(message);
        }
    }
}
