package com.ublives.recovery.journal;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.time.Times;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the journal out: CSV with one row per check-in (for a spreadsheet) and JSON with everything
 * (for a backup that {@link JournalImport} reads back).
 */
public final class JournalExport {

    public static final String FORMAT = "recovery-planner-journal";
    public static final int FORMAT_VERSION = 1;

    static final List<String> CSV_HEADER = List.of("recovery_id", "massage", "started_at", "therapist", "place",
            "recovery_closed_at", "check_in_id", "at", "hours", "soreness", "quality", "red_flags", "status", "band",
            "warnings", "note", "did");

    /** One recovery with its check-ins in time order. */
    public record Entry(Recovery recovery, List<CheckIn> checkIns) {
    }

    private JournalExport() {
    }

    static void csv(List<Entry> entries, ZoneId zone, Writer out) throws IOException {
        row(out, CSV_HEADER);
        for (Entry e : entries) {
            Recovery r = e.recovery();
            for (CheckIn c : e.checkIns()) {
                row(out, List.of(Long.toString(r.id()), r.massage(), Times.format(r.startedAt(), zone),
                        text(r.therapist()), text(r.place()), text(Times.format(r.closedAt(), zone)),
                        Long.toString(c.id()), Times.format(c.at(), zone),
                        Double.toString(Times.roundHours(c.judgement().hours())), Integer.toString(c.soreness()),
                        c.quality().id(), String.join(";", c.redFlags()), c.judgement().status().name(),
                        c.judgement().band(),
                        c.judgement().warnings().stream().map(Outcome.Warning::code).collect(Collectors.joining(";")),
                        text(c.note()), String.join(";", c.done())));
            }
        }
        out.flush();
    }

    static void json(List<Entry> entries, ZoneId zone, Writer out) throws IOException {
        JournalJson json = new JournalJson(zone);
        ObjectNode root = JournalJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode recoveries = root.putArray("recoveries");
        for (Entry e : entries) {
            ObjectNode r = json.recovery(e.recovery());
            ArrayNode checkIns = r.putArray("checkIns");
            e.checkIns().forEach(c -> checkIns.add(json.checkIn(c)));
            recoveries.add(r);
        }
        JournalJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(new NonClosing(out), root);
        out.flush();
    }

    /** RFC 4180 (after {@link #neutralised}): fields with a comma, quote or line break are quoted, quotes doubled; lines end in CRLF. */
    static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String value) {
        String field = neutralised(value);
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || (!field.isEmpty() && (field.charAt(0) == ' ' || field.endsWith(" ")));
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /**
     * A spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage return as a formula
     * (a note such as "=HYPERLINK(...)" would); a leading ' makes it plain text, as OWASP advises.
     */
    static String neutralised(String field) {
        return !field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Jackson closes the writer it is given; the caller owns it. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
