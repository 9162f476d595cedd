package com.ublives.recovery.cli;

import com.ublives.recovery.server.PostgresExtension;
import com.ublives.recovery.storage.ServerAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refusals and failures that services, storage and the engine word (not the command line itself) reach a
 * `--lang de` run in German, each still naming what is wrong and what is allowed; in English they are
 * word for word what they were.
 */
@ExtendWith(PostgresExtension.class)
class FailuresInGermanTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
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

    @Test
    void aSorenessOutOfRangeIsRefusedInGermanNamingWhatIsAllowed() {
        Run german = inFolder("plan", "--massage", "swedish", "--soreness", "11", "--lang", "de");
        Run english = inFolder("plan", "--massage", "swedish", "--soreness", "11", "--lang", "en");

        assertThat(german.status()).isEqualTo(2);
        assertThat(german.err().strip()).isEqualTo("--soreness muss eine ganze Zahl von 0 bis 10 sein, nicht 11");
        assertThat(english.err().strip()).isEqualTo("--soreness must be a whole number from 0 to 10, got 11");
    }

    @Test
    void aCheckInWithASorenessOutOfRangeIsRefusedInGermanToo() {
        assertThat(inFolder("journal", "add", "--massage", "swedish", "--at", "2026-03-01T09:30", "--soreness", "4")
                .status()).isZero();

        Run german = inFolder("journal", "check-in", "--recovery", "1", "--at", "2026-03-02T09:30", "--soreness", "12",
                "--lang", "de");

        assertThat(german.status()).isEqualTo(2);
        assertThat(german.err().strip()).isEqualTo("--soreness muss eine ganze Zahl von 0 bis 10 sein, nicht 12");
    }

    @Test
    void aServerThatCannotBeReachedIsToldInGerman() throws Exception {
        int nobody;
        try (ServerSocket free = new ServerSocket(0)) {
            nobody = free.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + nobody + "/clinic?sslmode=disable";

        Run german = run("clinic", "show", "--db-url", url, "--db-user", "desk", "--lang", "de");

        assertThat(german.status()).isEqualTo(1);
        assertThat(german.err().strip()).isEqualTo("Fehler: Der Praxisserver 127.0.0.1:" + nobody + "/clinic ist nicht"
                + " erreichbar: Prüfen Sie, ob der Server läuft, ob Hostname und Port stimmen und ob das Netzwerk"
                + " zwischen diesem Computer und dem Server funktioniert.");
    }

    @Test
    void aCopyToAServerThatHoldsDataIsRefusedInGerman(ServerAddress server) {
        List<String> onServer = List.of("--db-url", server.url(), "--db-user", server.user());
        List<String> add = new ArrayList<>(List.of("clinic", "client", "add", "--name", "Already There"));
        add.addAll(onServer);
        assertThat(run(add.toArray(String[]::new)).status()).isZero();
        assertThat(inFolder("clinic", "client", "add", "--name", "Zoë").status()).isZero();

        Run german = inFolder("db", "copy", "--to", server.url(), "--db-user", server.user(), "--lang", "de");

        assertThat(german.status()).isEqualTo(1);
        assertThat(german.err().strip()).startsWith("Fehler: Die Datenbank " + server.database() + " auf dem Praxisserver "
                        + server.describe() + " enthält schon Daten (")
                .endsWith("Zeilen); db copy füllt nur eine leere Datenbank, darum wurde nichts geschrieben."
                        + " Geben Sie eine neue, leere Datenbank an.")
                .doesNotContain("\n");
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsToldInGerman() {
        Run german = run("journal", "status", "--data-dir", "/proc/self", "--lang", "de");

        assertThat(german.status()).isEqualTo(1);
        assertThat(german.err().strip()).isEqualTo("Fehler: In den Datenordner /proc/self kann nicht geschrieben werden."
                + " Machen Sie ihn beschreibbar oder nehmen Sie einen anderen Datenordner.");
    }
}
