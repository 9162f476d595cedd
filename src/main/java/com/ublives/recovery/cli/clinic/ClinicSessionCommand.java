package com.ublives.recovery.cli.clinic;

import com.ublives.recovery.Services;
import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.cli.CommandGroup;
import com.ublives.recovery.cli.DataDirOption;
import com.ublives.recovery.clinic.ClinicSession;
import com.ublives.recovery.clinic.NewSession;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.time.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import static com.ublives.recovery.cli.CommandGroup.inOrder;
import static com.ublives.recovery.cli.CommandGroup.sub;

/**
 * {@code clinic session add|list}: records a client's session, or lists a client's sessions. Sessions are
 * the clinic's (own tables), never part of the person's journal.
 */
@Command(name = "session", mixinStandardHelpOptions = true)
final class ClinicSessionCommand implements CommandGroup {

    @Override
    public Map<String, Supplier<Object>> subcommands() {
        return inOrder(
                sub("add", ClinicSessionCommand.Add::new),
                sub("list", ClinicSessionListCommand::new));
    }

    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--client", required = true, paramLabel = "ID")
        long client;

        @Option(names = "--at", required = true, paramLabel = "ISO_DATETIME")
        String at;

        @Option(names = "--massage", required = true, paramLabel = "ID")
        String massage;

        @Option(names = "--soreness", paramLabel = "N")
        String soreness;

        @Option(names = "--quality", paramLabel = "achy|sharp")
        String quality;

        @Option(names = "--therapist", paramLabel = "NAME")
        String therapist;

        @Option(names = "--pressure", paramLabel = "light|medium|firm|deep")
        String pressure;

        @Option(names = "--area", paramLabel = "NAME")
        List<String> areas = new ArrayList<>();

        @Option(names = "--factor", paramLabel = "ID")
        List<String> factors = new ArrayList<>();

        @Option(names = "--condition", paramLabel = "ID")
        List<String> conditions = new ArrayList<>();

        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        @Mixin
        DataDirOption dataDir;

        @Override
        public Integer call() {
            PainQuality painQuality = AssessmentParser.quality("quality", quality);
            try (Services services = dataDir.open()) {
                ClinicSession session = services.clinic().recordSession(new NewSession(client,
                        Times.parse("at", at, services.clinic().zone()), therapist, massage, pressure, areas,
                        AssessmentParser.soreness("soreness", soreness, false),
                        painQuality, factors, conditions, note));
                spec.commandLine().getOut().println(CliLanguage.say("clinic.session.recorded", String.valueOf(session.id()), session.client().name()));
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
