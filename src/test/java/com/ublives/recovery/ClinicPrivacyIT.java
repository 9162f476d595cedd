package com.ublives.recovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the shaded jar: the person's journal ({@code journal status --json}, {@code journal export}) holds
 * no recovery that belongs to a clinic's client, and the clinic lists its client's sessions itself.
 */
class ClinicPrivacyIT {

    @TempDir
    Path dir;

    private FatJar.Result ok(String... args) throws Exception {
        FatJar.Result run = new FatJar(dir).run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run;
    }

    private static List<Long> ids(JsonNode list, String field) {
        List<Long> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.get(field).asLong()));
        return ids;
    }

    @Test
    void aClientsSessionIsInNeitherTheJournalStatusNorItsExportButInTheClinicsList() throws Exception {
        String data = dir.resolve("data").toString();
        ok("clinic", "client", "add", "--name", "Zoë Łukasz-Müller", "--condition", "blood-thinners", "--data-dir", data);
        String recorded = ok("clinic", "session", "add", "--client", "1", "--at", "2026-05-12T09:30",
                "--massage", "deep-tissue", "--soreness", "6", "--therapist", "Anna Nowak", "--pressure", "firm",
                "--area", "neck", "--note", "tight left trapezius", "--data-dir", data).out();
        assertThat(recorded).startsWith("Session ").contains("recorded for Zoë Łukasz-Müller");
        long session = Long.parseLong(recorded.split(" ")[1]);
        ok("journal", "add", "--massage", "swedish", "--at", "2026-05-12T12:00", "--soreness", "2", "--data-dir", data);

        JsonNode status = new ObjectMapper().readTree(
                ok("journal", "status", "--now", "2026-05-13T12:00", "--json", "--data-dir", data).out());
        assertThat(status.get("recoveries")).hasSize(1);
        assertThat(status.get("recoveries").get(0).get("massage").asText()).isEqualTo("swedish");
        assertThat(status.toString()).doesNotContain("deep-tissue", "client");

        Path json = dir.resolve("journal.json");
        Path csv = dir.resolve("journal.csv");
        ok("journal", "export", "--format", "json", "--out", json.toString(), "--data-dir", data);
        ok("journal", "export", "--format", "csv", "--out", csv.toString(), "--data-dir", data);
        JsonNode export = new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8));
        assertThat(export.get("recoveries")).hasSize(1);
        for (String text : List.of(Files.readString(json, StandardCharsets.UTF_8), Files.readString(csv, StandardCharsets.UTF_8))) {
            assertThat(text).doesNotContain("clientId", "deep-tissue", "Anna Nowak", "trapezius", "blood-thinners", "Zo");
        }

        JsonNode list = new ObjectMapper().readTree(
                ok("clinic", "session", "list", "--client", "zoe łukasz-müller", "--json", "--data-dir", data).out());
        assertThat(list.get("client").get("name").asText()).isEqualTo("Zoë Łukasz-Müller");
        assertThat(ids(list.get("sessions"), "sessionId")).containsExactly(session);
        JsonNode s = list.get("sessions").get(0);
        assertThat(s.get("massage").asText()).isEqualTo("deep-tissue");
        assertThat(s.get("note").asText()).isEqualTo("tight left trapezius");
        assertThat(s.get("conditions").toString()).isEqualTo("[\"blood-thinners\"]");

        Path pdf = dir.resolve("zoe.pdf");
        ok("sheet", "--session", Long.toString(session), "--out", pdf.toString(), "--data-dir", data);
        assertThat(pdf).exists();
    }

    @Test
    void aDataFolderOfTheReleaseBeforeTheSplitIsSplitWhenTheJarOpensIt() throws Exception {
        String data = ReleaseDataFolder.unpack(dir.resolve("release")).toString();

        JsonNode status = new ObjectMapper().readTree(
                ok("journal", "status", "--now", "2026-05-14T12:00+02:00", "--json", "--data-dir", data).out());
        assertThat(ids(status.get("recoveries"), "recoveryId")).containsExactly(1L, 4L);
        Path json = dir.resolve("journal.json");
        ok("journal", "export", "--format", "json", "--out", json.toString(), "--data-dir", data);
        JsonNode export = new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8));
        assertThat(ids(export.get("recoveries"), "recoveryId")).containsExactlyInAnyOrder(1L, 2L, 4L, 7L);
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).doesNotContain("clientId", "Anna Nowak", "trapezius");

        JsonNode zoe = new ObjectMapper().readTree(
                ok("clinic", "session", "list", "--client", "Zoë Łukasz-Müller", "--json", "--data-dir", data).out());
        assertThat(ids(zoe.get("sessions"), "sessionId")).containsExactly(5L, 3L);
        JsonNode first = zoe.get("sessions").get(1);
        assertThat(ids(first.get("checkIns"), "checkInId")).containsExactly(4L, 5L);
        assertThat(first.get("checkIns").get(1).get("warnings").get(0).get("code").asText()).isEqualTo("longer-than-expected");

        String text = ok("clinic", "session", "list", "--client", "jan", "--data-dir", data).out();
        assertThat(text).startsWith("Jan Kowalski (client 2): 1 session").contains("Session 6: sports");
        String recorded = ok("clinic", "session", "add", "--client", "3", "--at", "2026-06-01T10:00",
                "--massage", "thai", "--data-dir", data).out();
        assertThat(recorded).isEqualTo("Session 8 recorded for Ada Without Sessions" + System.lineSeparator());

        FatJar.Result unknown = new FatJar(dir).run("clinic", "session", "list", "--client", "Nobody", "--data-dir", data);
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().lines().toList()).containsExactly(
                "--client must name a client on file, got \"Nobody\" (see clinic client find)");
    }
}
