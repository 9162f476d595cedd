package com.ublives.recovery.cli.journal;

import com.ublives.recovery.cli.CliLanguage;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ublives.recovery.Services;
import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.journal.JournalJson;
import com.ublives.recovery.journal.MassageEdited;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.journal.Recovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/** journal edit: corrects a logged massage; what is not given stays as it was. */
@Command(name = "edit", mixinStandardHelpOptions = true)
final class JournalEditCommand extends JournalSubcommand {

    @Option(names = "--recovery", required = true, paramLabel = "ID")
    long recovery;

    @Option(names = "--massage", paramLabel = "ID")
    String massage;

    @Option(names = "--at", paramLabel = "ISO_DATETIME")
    String at;

    @Option(names = "--factor", paramLabel = "ID")
    List<String> factors;

    @Option(names = "--no-factors")
    boolean noFactors;

    @Option(names = "--condition", paramLabel = "ID")
    List<String> conditions;

    @Option(names = "--no-conditions")
    boolean noConditions;

    @Option(names = "--area", paramLabel = "ID")
    List<String> areas;

    @Option(names = "--therapist", paramLabel = "NAME")
    String therapist;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Option(names = "--json")
    boolean json;

    @Override
    Integer run(Services services) {
        if (noFactors && factors != null || noConditions && conditions != null) {
            throw new BadInputException(CliLanguage.say("journal.edit.exclusive"));
        }
        Recovery old = services.journal().recovery(recovery).orElseThrow(() -> new BadInputException(
                CliLanguage.say("journal.edit.unknown", String.valueOf(recovery))));
        NewRecovery changed = NewRecovery.from(old)
                .withMassage(massage != null ? massage : old.massage(), at != null ? time(services, "at", at) : old.startedAt())
                .withFactors(noFactors ? List.of() : factors != null ? factors : old.factors())
                .withConditions(noConditions ? List.of() : conditions != null ? conditions : old.conditions())
                .withAreas(areas != null ? areas : old.areas())
                .withDetails(therapist != null ? blankToNull(therapist) : old.therapist(), old.place(),
                        note != null ? blankToNull(note) : old.note());
        MassageEdited edited = services.journal().editMassage(recovery, changed);
        if (json) {
            JournalJson view = new JournalJson(zone(services));
            ObjectNode n = view.recovery(edited.after());
            n.put("judgedAgain", edited.judgedAgain());
            ArrayNode changes = n.putArray("changed");
            for (MassageEdited.Rejudged r : edited.changed()) {
                ObjectNode c = changes.addObject();
                c.put("checkInId", r.checkInId());
                c.put("statusBefore", r.before().status().name());
                c.put("status", r.after().status().name());
                c.set("warningsBefore", JournalJson.warnings(r.before().warnings()));
                c.set("warnings", JournalJson.warnings(r.after().warnings()));
            }
            n.set("summary", JournalJson.ids(edited.summary().stream().map(CliLanguage::say).toList()));
            printJson(n);
        } else {
            out().println(CliLanguage.say("journal.edit.done", String.valueOf(recovery)));
            edited.summary().forEach(line -> out().println("  " + CliLanguage.say(line)));
        }
        return 0;
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
