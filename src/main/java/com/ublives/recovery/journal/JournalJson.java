package com.ublives.recovery.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ublives.recovery.rules.Band;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.time.Times;

import java.time.ZoneId;
import java.util.List;

/** The JSON shapes of the journal, shared by the command line and the export so they never drift apart. */
public final class JournalJson {

    // In a holder: `journal status` prints text through this class and builds no mapper (~300 classes).
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** The mapper of the journal's JSON (export, import, --json). */
    public static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    private final ZoneId zone;

    public JournalJson(ZoneId zone) {
        this.zone = zone;
    }

    public ObjectNode recovery(Recovery r) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("recoveryId", r.id());
        n.put("massage", r.massage());
        n.put("startedAt", Times.format(r.startedAt(), zone));
        n.put("therapist", r.therapist());
        n.put("place", r.place());
        n.put("endSoreness", r.endSoreness());
        n.put("quality", r.quality().id());
        n.set("factors", ids(r.factors()));
        n.set("conditions", ids(r.conditions()));
        n.put("note", r.note());
        n.put("closedAt", Times.format(r.closedAt(), zone));
        n.put("closedBy", r.closedBy() == null ? null : r.closedBy().name());
        n.put("pressure", r.pressure());
        n.set("areas", ids(r.areas()));
        return n;
    }

    public ObjectNode checkIn(CheckIn c) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("checkInId", c.id());
        n.put("recoveryId", c.recoveryId());
        n.put("at", Times.format(c.at(), zone));
        n.put("soreness", c.soreness());
        n.put("quality", c.quality().id());
        n.set("redFlags", ids(c.redFlags()));
        n.put("note", c.note());
        n.set("did", ids(c.done()));
        Judgement j = c.judgement();
        n.put("hours", Times.roundHours(j.hours()));
        n.put("previousSoreness", j.previousSoreness());
        n.put("status", j.status().name());
        n.put("band", j.band());
        n.set("warnings", warnings(j.warnings()));
        n.set("firedRules", ids(j.firedRules()));
        n.put("ruleSetVersion", j.ruleSetVersion());
        return n;
    }

    /** The contract shape of journal status: one open recovery as it stands now. */
    public ObjectNode status(RecoveryStatus s) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("recoveryId", s.recovery().id());
        n.put("massage", s.recovery().massage());
        n.put("startedAt", Times.format(s.recovery().startedAt(), zone));
        n.put("hoursSince", Times.roundHours(s.hoursSince()));
        n.put("latestSoreness", s.latestSoreness());
        n.put("latestCheckInAt", s.latestCheckIn() == null ? null : Times.format(s.latestCheckIn().at(), zone));
        n.set("band", band(s.band()));
        n.put("status", s.status() == null ? null : s.status().name());
        n.set("warnings", warnings(s.warnings()));
        n.put("nextCheckInDue", Times.format(s.nextCheckInDue(), zone));
        n.put("checkInOverdue", s.isCheckInOverdue());
        return n;
    }

    /** The band as the plan command prints it. */
    public static ObjectNode band(Band b) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", b.id());
        n.put("minHours", b.minHours());
        n.put("maxHours", b.maxHours());
        return n;
    }

    public static ArrayNode warnings(List<Outcome.Warning> warnings) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Outcome.Warning w : warnings) {
            ObjectNode n = a.addObject();
            n.put("level", w.level().name());
            n.put("code", w.code());
            n.put("message", w.message());
        }
        return a;
    }

    public static ArrayNode ids(List<String> ids) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        ids.forEach(a::add);
        return a;
    }

    public String time(java.time.Instant instant) {
        return Times.format(instant, zone);
    }
}
