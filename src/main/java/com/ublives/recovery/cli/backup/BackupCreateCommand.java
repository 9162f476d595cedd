package com.ublives.recovery.cli.backup;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.cli.DataDirOption;
import com.ublives.recovery.datafolder.DataFolder;
import com.ublives.recovery.storage.BackupFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "create", mixinStandardHelpOptions = true)
final class BackupCreateCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DataFolder folder = dataDir.dataFolder();
        BackupText.tellSettingsProblem(spec, folder);
        BackupFile made = dataDir.open((path, password, waiting) -> folder.backUpNow(password, waiting));
        spec.commandLine().getOut().println(CliLanguage.say("backup.made", made.name(), BackupText.size(made.bytes()),
                folder.backupsFolder()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
