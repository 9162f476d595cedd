package com.ublives.recovery.cli.clinic;

import com.ublives.recovery.cli.CliLanguage;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ublives.recovery.Services;
import com.ublives.recovery.cli.DataDirOption;
import com.ublives.recovery.cli.PlanJson;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.clinic.ClinicSession;
import com.ublives.recovery.clinic.SessionCheckIn;
import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.journal.JournalJson;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.time.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code clinic session list --client NAME}: one client's history of sessions, newest first, from the
 * clinic's own tables (the person's journal holds none of them).
 */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
final class ClinicSessionListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--client", required = true, paramLabel = "NAME")
    String client;

    @Option(names = "--json")
    boolean json;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        try (Services services = dataDir.open()) {
            ClinicService clinic = services.clinic();
            Client who = resolve(clinic, client);
            List<ClinicSession> sessions = clinic.sessionsOf(who.id());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(PlanJson.write(json(clinic, who, sessions)));
            } else {
                text(out, clinic, services.planner(), who, sessions);
            }
            out.flush();
            return 0;
        }
    }

    /** The one client of that whole name; else the one whose name contains it; else refused, saying why. */
    static Client resolve(ClinicService clinic, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("client", CliLanguage.say("clinic.client.nothing"));
        }
        List<Client> exact = clinic.clientsNamed(name);
        List<Client> found = exact.isEmpty() ? clinic.searchClients(name) : exact;
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new InvalidInputException("client", CliLanguage.say("clinic.client.none", name.strip()));
        }
        String names = found.stream().limit(5).map(c -> CliLanguage.say("clinic.client.named", c.name(), String.valueOf(c.id())))
                .collect(Collectors.joining(", "));
        throw new InvalidInputException("client", CliLanguage.say("clinic.client.many", name.strip(), found.size(),
                names + (found.size() > 5 ? ", ..." : "")));
    }

    private static ObjectNode json(ClinicService clinic, Client who, List<ClinicSession> sessions) {
        ZoneId zone = clinic.zone();
        ObjectNode root = JournalJson.mapper().createObjectNode();
        ObjectNode c = root.putObject("client");
        c.put("clientId", who.id());
        c.put("name", who.name());
        ArrayNode list = root.putArray("sessions");
        for (ClinicSession s : sessions) {
            ObjectNode n = list.addObject();
            n.put("sessionId", s.id());
            n.put("startedAt", Times.format(s.startedAt(), zone));
            n.put("therapist", s.therapist());
            n.put("massage", s.massage());
            n.put("pressure", s.pressure());
            n.set("areas", JournalJson.ids(s.areas()));
            n.put("endSoreness", s.endSoreness());
            n.put("quality", s.quality().id());
            n.set("factors", JournalJson.ids(s.factors()));
            n.set("conditions", JournalJson.ids(s.conditions()));
            n.put("note", s.note());
            ArrayNode checkIns = n.putArray("checkIns");
            for (SessionCheckIn ci : clinic.checkInsOf(s.id())) {
                ObjectNode x = checkIns.addObject();
                x.put("checkInId", ci.id());
                x.put("at", Times.format(ci.at(), zone));
                x.put("soreness", ci.soreness());
                x.put("quality", ci.quality().id());
                x.set("redFlags", JournalJson.ids(ci.redFlags()));
                x.put("note", ci.note());
                x.put("hours", Times.roundHours(ci.judgement().hours()));
                x.put("status", ci.judgement().status().name());
                x.set("warnings", JournalJson.warnings(ci.judgement().warnings()));
            }
        }
        return root;
    }

    private static void text(PrintWriter out, ClinicService clinic, PlannerService planner, Client who, List<ClinicSession> sessions) {
        ZoneId zone = clinic.zone();
        out.println(CliLanguage.say("clinic.sessions.heading", who.name(), String.valueOf(who.id()), sessions.size()));
        for (ClinicSession s : sessions) {
            StringBuilder line = new StringBuilder(CliLanguage.say("clinic.sessions.session", String.valueOf(s.id()),
                    s.massage(), CliLanguage.moment(s.startedAt(), zone)));
            if (s.therapist() != null) {
                line.append(CliLanguage.say("clinic.sessions.by", s.therapist()));
            }
            if (s.pressure() != null) {
                line.append(CliLanguage.say("clinic.sessions.pressure", s.pressure()));
            }
            if (!s.areas().isEmpty()) {
                line.append(", ").append(String.join(", ", s.areas()));
            }
            if (s.endSoreness() != null) {
                line.append(CliLanguage.say("clinic.sessions.endSoreness", s.endSoreness(), CliLanguage.say("quality." + s.quality().id())));
            }
            out.println(line.append('.'));
            if (s.note() != null && !s.note().isBlank()) {
                out.println(CliLanguage.say("clinic.sessions.note", s.note()));
            }
            for (SessionCheckIn ci : clinic.checkInsOf(s.id())) {
                out.println(CliLanguage.say("clinic.sessions.checkIn", CliLanguage.moment(ci.at(), zone), ci.soreness(),
                        CliLanguage.number(Times.roundHours(ci.judgement().hours()), 2),
                        CliLanguage.statusName(ci.judgement().status()), ci.judgement().status()));
                for (Outcome.Warning w : planner.spoken(ci.judgement().warnings())) {
                    out.println(CliLanguage.say("clinic.sessions.warning", CliLanguage.say("level." + w.level().name()),
                            w.code(), w.message()));
                }
            }
        }
    }
}
