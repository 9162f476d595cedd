package com.ublives.recovery.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ublives.recovery.FatJar;
import com.ublives.recovery.FatJar.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Backups and restore through the fat jar, as a person runs them. */
class BackupRestoreIT {

    @TempDir
    Path scratch;

    private Path dataDir;
    private FatJar jar;

    @BeforeEach
    void folders() throws Exception {
        dataDir = Files.createDirectories(scratch.resolve("data"));
        jar = new FatJar(scratch);
    }

    private Result run(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString()));
        return jar.run(all.toArray(String[]::new));
    }

    private Result ok(String... args) throws Exception {
        Result r = run(args);
        assertThat(r.status()).as("%s: %s", String.join(" ", args), r.err()).isZero();
        return r;
    }

    /** The journal and the clinic as a person can see them, in full. */
    private String everything() throws Exception {
        Path export = scratch.resolve("journal-" + System.nanoTime() + ".json");
        ok("journal", "export", "--format", "json", "--out", export.toString());
        JsonNode journal = new ObjectMapper().readTree(export.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) journal).remove("exportedAt");
        return journal + "\n" + ok("clinic", "show").out() + ok("clinic", "client", "find").out()
                + ok("journal", "status", "--now", "2026-11-25T12:00").out();
    }

    private JsonNode backups() throws Exception {
        return new ObjectMapper().readTree(ok("backup", "list", "--json").out());
    }

    @Test
    void aRestoredBackupBringsTheJournalAndTheClinicBackExactlyAsTheyWere() throws Exception {
        ok("clinic", "set", "--name", "Harbour Street Massage Clinic", "--phone", "+48 58 123 45 67");
        ok("clinic", "client", "add", "--name", "Ada Before");
        ok("journal", "add", "--massage", "deep-tissue", "--at", "2026-11-23T10:00", "--soreness", "4");
        ok("journal", "check-in", "--recovery", "1", "--at", "2026-11-24T10:00", "--soreness", "3");
        String made = ok("backup", "create").out();
        assertThat(made).startsWith("Backup made: ");
        String name = made.substring("Backup made: ".length(), made.indexOf(' ', "Backup made: ".length()));
        String atBackup = everything();

        ok("journal", "add", "--massage", "sports", "--at", "2026-11-24T18:00", "--soreness", "6");
        ok("journal", "check-in", "--recovery", "1", "--at", "2026-11-25T10:00", "--soreness", "1");
        ok("clinic", "client", "add", "--name", "Bob After");
        ok("clinic", "set", "--name", "Another Name");
        String changed = everything();
        assertThat(changed).isNotEqualTo(atBackup);

        Result asked = run("backup", "restore", name);
        assertThat(asked.status()).isEqualTo(2);
        assertThat(asked.errLines()).singleElement().asString()
                .startsWith("Would replace the data in " + dataDir).contains(name).endsWith("add --yes to restore.");
        assertThat(everything()).as("without --yes nothing changes").isEqualTo(changed);

        Result restored = ok("backup", "restore", name, "--yes");
        assertThat(restored.out()).contains("Restored the backup").contains("What was there before is kept as the backup");

        assertThat(everything()).isEqualTo(atBackup);
        assertThat(backups().findValues("kind")).extracting(JsonNode::asText).contains("before-restore", "manual", "auto");
    }

    @Test
    void aDamagedDataFileIsRestoredFromTheAutomaticBackup() throws Exception {
        ok("clinic", "client", "add", "--name", "Ada Lovelace");
        JsonNode list = backups();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("kind").asText()).as("made after the day's first change").isEqualTo("auto");
        String automatic = list.get(0).get("name").asText();

        Path file = dataDir.resolve("recovery.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length / 3; i < bytes.length; i++) {
            bytes[i] = 0x5a;
        }
        Files.write(file, bytes);
        assertThat(run("clinic", "client", "find").status()).as("the damaged file does not open").isNotZero();

        Result restored = ok("backup", "restore", automatic, "--yes");

        assertThat(restored.out()).contains("Restored the backup");
        assertThat(ok("clinic", "client", "find").out()).contains("Ada Lovelace");
        try (var kept = Files.list(dataDir.resolve("backups"))) {
            assertThat(kept.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.endsWith("-unreadable.mv.db") || n.endsWith("-before-restore.zip"));
        }
    }

    @Test
    void anUnknownBackupIsRefusedInOneLine() throws Exception {
        ok("clinic", "client", "add", "--name", "Ada Lovelace");

        Result r = run("backup", "restore", "2020-01-01T000000.000Z-auto.zip", "--yes");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("BACKUP 2020-01-01T000000.000Z-auto.zip: no such backup in "
                + dataDir.resolve("backups") + "; `backup list` shows them");
    }
}
