package com.ublives.recovery.cli.db;

import com.ublives.recovery.cli.CliLanguage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ublives.recovery.Services;
import com.ublives.recovery.cli.DataDirOption;
import com.ublives.recovery.cli.PlanJson;
import com.ublives.recovery.place.PlaceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** db status: folder or server (never the password), the schema version, and the rows of each table. */
@Command(name = "status", mixinStandardHelpOptions = true)
final class DbStatusCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data;

    @Spec
    CommandSpec spec;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
        PlaceService.Status status;
        try (Services services = data.open()) {
            status = services.place().status();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("kind", status.onServer() ? "server" : "folder");
            o.put("where", status.where());
            if (status.user() != null) {
                o.put("user", status.user());
            }
            o.put("schemaVersion", status.schemaVersion());
            ObjectNode rows = o.putObject("rows");
            status.rows().forEach(rows::put);
            out.println(PlanJson.write(o));
        } else {
            out.println(status.onServer()
                    ? CliLanguage.say("db.status.server", status.where(), status.user())
                    : CliLanguage.say("db.status.folder", status.where()));
            out.println(CliLanguage.say("db.status.schema", status.schemaVersion()));
            status.rows().forEach((table, count) -> out.println(CliLanguage.say("db.table", table, count)));
        }
        out.flush();
        return 0;
    }
}
