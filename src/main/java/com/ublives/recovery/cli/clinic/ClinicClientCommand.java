package com.ublives.recovery.cli.clinic;

import com.ublives.recovery.Services;
import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.cli.CommandGroup;
import com.ublives.recovery.cli.DataDirOption;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.i18n.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.ublives.recovery.cli.CommandGroup.inOrder;
import static com.ublives.recovery.cli.CommandGroup.sub;

/** {@code clinic client add|find}: the clinic's clients, whose health conditions shape their sheets. */
@Command(name = "client", mixinStandardHelpOptions = true)
final class ClinicClientCommand implements CommandGroup {

    @Override
    public Map<String, Supplier<Object>> subcommands() {
        return inOrder(
                sub("add", ClinicClientCommand.Add::new),
                sub("find", ClinicClientCommand.Find::new));
    }

    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Add implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--phone", paramLabel = "P")
        String phone;

        @Option(names = "--email", paramLabel = "E")
        String email;

        @Option(names = "--condition", paramLabel = "ID")
        List<String> conditions = new ArrayList<>();

        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        // not --lang: that is the language of the command line itself, taken before the command is read
        @Option(names = "--sheet-lang", paramLabel = "en|de")
        String language;

        @Mixin
        DataDirOption dataDir;

        @Override
        public Integer call() {
            Language reads = language == null ? CliLanguage.language() : Language.of(language).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), CliLanguage.say("clinic.client.sheetLang", language,
                            String.join(", ", java.util.Arrays.stream(Language.values()).map(Language::code).toList()))));
            try (Services services = dataDir.open()) {
                Client client = services.clinic().addClient(new Client(null, name, phone, email, conditions, note, 0, reads));
                spec.commandLine().getOut().println(CliLanguage.say("clinic.client.added", String.valueOf(client.id()), client.name()));
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }

    @Command(name = "find", mixinStandardHelpOptions = true)
    static final class Find implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "QUERY", descriptionKey = "query")
        String query;

        @Mixin
        DataDirOption dataDir;

        @Override
        public Integer call() {
            try (Services services = dataDir.open()) {
                PrintWriter out = spec.commandLine().getOut();
                for (Client c : services.clinic().searchClients(query)) {
                    out.println(c.id() + "\t" + c.name() + (c.conditions().isEmpty() ? "" : "\t" + String.join(",", c.conditions())));
                }
                out.flush();
                return 0;
            }
        }
    }
}
