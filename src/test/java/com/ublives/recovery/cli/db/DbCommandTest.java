package com.ublives.recovery.cli.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ublives.recovery.cli.Cli;
import com.ublives.recovery.clinic.sheet.SheetFixtures;
import com.ublives.recovery.server.PostgresExtension;
import com.ublives.recovery.storage.ServerAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** db status and db copy against a real PostgreSQL server: a data folder moved whole, or not at all. */
@ExtendWith(PostgresExtension.class)
class DbCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    private Run inFolder(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve("data").toString()));
        return run(all.toArray(String[]::new));
    }

    static Run onServer(ServerAddress server, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", server.url(), "--db-user", server.user()));
        return run(all.toArray(String[]::new));
    }

    /** A folder with something in every part: journal, check-ins, clinic profile with logo, clients, sessions. */
    private void fillTheFolder() throws IOException {
        Path logo = Files.write(dir.resolve("logo.png"), SheetFixtures.logoPng());
        assertThat(inFolder("journal", "add", "--massage", "deep-tissue", "--at", "2026-03-01T09:30", "--soreness", "5").status()).isZero();
        assertThat(inFolder("journal", "check-in", "--recovery", "1", "--at", "2026-03-02T09:30", "--soreness", "3").status()).isZero();
        assertThat(inFolder("clinic", "set", "--name", "Harbour Street Massage", "--logo", logo.toString()).status()).isZero();
        for (String name : List.of("Zoë Łukasz-Müller", "Jan Kowalski")) {
            Run client = inFolder("clinic", "client", "add", "--name", name);
            assertThat(client.status()).as(client.err()).isZero();
        }
        Run session = inFolder("clinic", "session", "add", "--client", "2", "--massage", "sports",
                "--at", "2026-03-01T11:00", "--soreness", "4");
        assertThat(session.status()).as(session.err()).isZero();
    }

    @Test
    void statusSaysWhereTheDataIsTheSchemaVersionAndTheRowsOfEachTable(ServerAddress server) throws IOException {
        fillTheFolder();

        JsonNode folder = inFolder("db", "status", "--json").json();
        assertThat(folder.get("kind").asText()).isEqualTo("folder");
        assertThat(folder.get("where").asText()).isEqualTo(dir.resolve("data").toString());
        assertThat(folder.get("rows").get("client").asLong()).isEqualTo(2);
        assertThat(folder.get("rows").get("clinic_session").asLong()).isEqualTo(1);
        assertThat(folder.get("schemaVersion").asText()).isNotBlank();

        Run text = onServer(server, "db", "status");
        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("Data on the clinic server " + server.describe() + " (user postgres)")
                .contains("Schema version " + folder.get("schemaVersion").asText(), "  client: 0");
    }

    @Test
    void copyMovesEveryRowOfTheFolderToAnEmptyServerDatabaseAndTheCountsAgree(ServerAddress server) throws IOException {
        fillTheFolder();
        JsonNode before = inFolder("db", "status", "--json").json().get("rows");

        Run copy = inFolder("db", "copy", "--to", server.url(), "--db-user", server.user());

        assertThat(copy.status()).as(copy.err()).isZero();
        assertThat(copy.err()).isEmpty();
        assertThat(copy.out()).contains("to the clinic server " + server.describe(), "the row counts are equal table by table",
                "clinic_session: 1", "check_in: 1");
        JsonNode after = onServer(server, "db", "status", "--json").json();
        assertThat(after.get("kind").asText()).isEqualTo("server");
        assertThat(after.get("rows")).isEqualTo(before);
        // the data works there: the clinic and the journal read it, and new rows take new ids
        assertThat(onServer(server, "clinic", "show").out()).contains("Harbour Street Massage");
        Run newSession = onServer(server, "clinic", "session", "add", "--client", "1", "--massage",
                "swedish", "--at", "2026-03-04T11:00", "--soreness", "2");
        assertThat(newSession.status()).as(newSession.err()).isZero();
        assertThat(newSession.out()).startsWith("Session 2 recorded for Zoë Łukasz-Müller");
        Run journal = onServer(server, "journal", "status", "--now", "2026-03-02T10:00", "--json");
        assertThat(journal.json().get("recoveries").get(0).get("latestSoreness").asInt()).isEqualTo(3);
    }

    @Test
    void aServerDatabaseThatHoldsDataIsRefusedInOneLineAndNothingIsWritten(ServerAddress server) throws IOException {
        assertThat(onServer(server, "clinic", "client", "add", "--name", "Already There").status()).isZero();
        JsonNode before = onServer(server, "db", "status", "--json").json().get("rows");
        fillTheFolder();

        Run copy = inFolder("db", "copy", "--to", server.url(), "--db-user", server.user());

        assertThat(copy.status()).isEqualTo(1);
        assertThat(copy.err().strip()).startsWith("Error: The database " + server.database() + " on the clinic server "
                + server.describe() + " already holds data").doesNotContain("\n").contains("nothing was written");
        assertThat(onServer(server, "db", "status", "--json").json().get("rows")).isEqualTo(before);
    }

    @Test
    void copyRefusesATargetThatIsNotAServerAddressAndAPasswordInTheAddress() {
        Run notAServer = inFolder("db", "copy", "--to", "jdbc:h2:/tmp/x");
        assertThat(notAServer.status()).isEqualTo(2);
        assertThat(notAServer.err().strip()).isEqualTo("--to must look like jdbc:postgresql://HOST:5432/DATABASE"
                + " (more parameters after '?'), got jdbc:h2:/tmp/x");

        Run withPassword = onServerUrl("jdbc:postgresql://127.0.0.1:5432/clinic?password=Secret1", "db", "status");
        assertThat(withPassword.status()).isEqualTo(2);
        assertThat(withPassword.err()).startsWith("--db-url must not carry the password").doesNotContain("Secret1");
    }

    private static Run onServerUrl(String url, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", url));
        return run(all.toArray(String[]::new));
    }

    @Test
    void backupsAndEncryptionOnAServerAreRefusedPointingToTheServersOwnTools(ServerAddress server) {
        Run backup = onServer(server, "backup", "create");
        assertThat(backup.status()).isEqualTo(2);
        assertThat(backup.err().strip()).isEqualTo("The data is on the clinic server " + server.describe()
                + ": backups of a server are the server's business; make them there with pg_dump (README, \"Clinic server\")");
        Run list = onServer(server, "backup", "list");
        assertThat(list.err()).contains("pg_dump");
        Run encryption = onServer(server, "encryption", "on");
        assertThat(encryption.status()).isEqualTo(2);
        assertThat(encryption.err()).contains("encryption is for a data folder on this computer");
    }

    @Test
    void planOnTheServerGivesWhatItGivesOnAFolder(ServerAddress server) {
        String[] plan = {"plan", "--massage", "sports", "--soreness", "6", "--quality", "sharp", "--hours", "20",
                "--red-flag", "calf-swelling", "--json"};
        Run folder = inFolder(plan);
        Run onServer = onServer(server, plan);
        assertThat(onServer.status()).as(onServer.err()).isZero();
        assertThat(onServer.out()).isEqualTo(folder.out()).contains("red-flag.calf-swelling");
    }

    @Test
    void theFolderOptionAndTheServerOptionTogetherAreRefused(ServerAddress server) {
        Run both = run("db", "status", "--data-dir", dir.toString(), "--db-url", server.url());
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err().strip()).isEqualTo("--data-dir and --db-url name two places for the data; give one of them");
    }

}
