package com.ublives.recovery.cli.backup;

import com.ublives.recovery.cli.CliLanguage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.ublives.recovery.cli.DataDirOption;
import com.ublives.recovery.cli.PlanJson;
import com.ublives.recovery.datafolder.DataFolder;
import com.ublives.recovery.storage.BackupFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** Lists the backups without opening the database: it works on a damaged or encrypted folder, without a password. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class BackupListCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
        DataFolder folder = dataDir.dataFolder();
        BackupText.tellSettingsProblem(spec, folder);
        List<BackupFile> all = folder.backups();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode list = new ObjectMapper().createArrayNode();
            for (BackupFile b : all) {
                list.addObject().put("name", b.name()).put("made", b.made().toString()).put("kind", b.kind().id())
                        .put("bytes", b.bytes()).put("encrypted", b.encrypted());
            }
            out.println(PlanJson.write(list));
        } else if (all.isEmpty()) {
            out.println(CliLanguage.say("backup.none", folder.backupsFolder()));
        } else {
            all.forEach(b -> out.println(BackupText.line(b)));
        }
        out.flush();
        return 0;
    }
}
