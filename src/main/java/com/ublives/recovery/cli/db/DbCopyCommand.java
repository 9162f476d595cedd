package com.ublives.recovery.cli.db;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.cli.DataDirOption;
import com.ublives.recovery.cli.ServerChoice;
import com.ublives.recovery.cli.TerminalPassword;
import com.ublives.recovery.place.PlaceService;
import com.ublives.recovery.datafolder.DataFolder;
import com.ublives.recovery.storage.Password;
import com.ublives.recovery.storage.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** db copy: everything in the data folder into an empty server database, in one transaction. */
@Command(name = "copy", mixinStandardHelpOptions = true)
final class DbCopyCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data;

    @Option(names = "--to", required = true, paramLabel = "URL")
    String to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (data.serverOptionGiven()) {
            throw new BadInputException(CliLanguage.say("db.copy.noDbUrl"));
        }
        Path folder = data.chosenFolder();
        ServerAddress target = ServerChoice.target(to, data.dbUser());
        Password password = new DataFolder(folder, Clock.systemDefaultZone()).encrypted()
                ? TerminalPassword.current(folder) : null;
        PlaceService.Copied copied = PlaceService.copyFolderToServer(folder, password, target,
                () -> ServerChoice.askPassword(target));
        PrintWriter out = spec.commandLine().getOut();
        out.println(CliLanguage.say("db.copy.done", copied.total(), folder, copied.to()));
        copied.target().forEach((table, count) -> out.println(CliLanguage.say("db.table", table, count)));
        out.println(CliLanguage.say("db.copy.next"));
        out.flush();
        return 0;
    }
}
