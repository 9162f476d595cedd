package com.ublives.recovery.cli;

import com.ublives.recovery.datafolder.DataFolder;
import com.ublives.recovery.storage.Encryption;
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
@Command(name = "encryption", mixinStandardHelpOptions = true,
        description = {"Encrypts the data folder (the data file and every backup) with a password, removes the"
                + " encryption, or changes the password. The password comes from $" + TerminalPassword.ENV
                + " or is typed; `change` takes the new one from $" + TerminalPassword.NEW_ENV + " or asks for it.",
                "Forgetting the password means losing the data: nobody can read it without it."})
public final class EncryptionCommand implements Callable<Integer> {

    @Parameters(paramLabel = "on|off|change", description = "What to do.")
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
        String what = action.toLowerCase(Locale.ROOT);
        Password from;
        Password to;
        switch (what) {
            case "on" -> {
                refuseUnless(!on, "Encryption is already on for " + folder + "; `encryption change` sets a new password.");
                from = null;
                to = TerminalPassword.fresh(TerminalPassword.ENV);
            }
            case "off" -> {
                refuseUnless(on, "Encryption is already off for " + folder + ".");
                from = TerminalPassword.current(folder);
                to = null;
            }
            case "change" -> {
                refuseUnless(on, "Encryption is off for " + folder + "; `encryption on` turns it on.");
                from = TerminalPassword.current(folder);
                to = TerminalPassword.fresh(TerminalPassword.NEW_ENV);
            }
            default -> throw new BadInputException("The action must be on, off or change, got " + action);
        }
        Encryption.Result done;
        try {
            done = dataFolder.changeEncryption(from, to);
        } catch (WrongPasswordException e) {
            throw new BadInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(switch (what) {
            case "on" -> "Encryption is on for " + folder + ": the data file and " + done.backupsRewritten()
                    + " backups are encrypted. Keep the password safe: without it nobody can read the data, you included.";
            case "off" -> "Encryption is off for " + folder + ": the data file and " + done.backupsRewritten()
                    + " backups are no longer encrypted.";
            default -> "The password of " + folder + " is changed, for the data file and " + done.backupsRewritten()
                    + " backups.";
        });
        if (!done.backupsNotRewritten().isEmpty()) {
            out.println("These backups could not be rewritten and keep their old setting: "
                    + String.join(", ", done.backupsNotRewritten()));
        }
        out.flush();
        return 0;
    }

    private static void refuseUnless(boolean allowed, String message) {
        if (!allowed) {
            throw new BadInputException(message);
        }
    }
}
