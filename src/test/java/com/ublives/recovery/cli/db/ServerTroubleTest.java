package com.ublives.recovery.cli.db;

import com.ublives.recovery.Services;
import com.ublives.recovery.server.PostgresExtension;
import com.ublives.recovery.server.PostgresServer;
import com.ublives.recovery.storage.DataLocation;
import com.ublives.recovery.storage.ServerAddress;
import com.ublives.recovery.storage.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.ublives.recovery.cli.db.DbCommandTest.onServer;
import static com.ublives.recovery.cli.db.DbCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Server trouble is one sentence naming the server (never a password) and what to check, exit status 1;
 * a write the server's going away cut off is rolled back, never half stored.
 */
@ExtendWith(PostgresExtension.class)
class ServerTroubleTest {

    @TempDir
    Path dir;

    private static void assertOneLine(DbCommandTest.Run run, String expectedStart) {
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("Error: " + expectedStart);
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("PSQL");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aDatabaseThatDoesNotExistIsNamedWithWhatToDo(PostgresServer server) {
        ServerAddress missing = server.address("no_such_clinic");

        assertOneLine(onServer(missing, "journal", "status"), "The clinic server " + missing.describe()
                + " has no database named no_such_clinic: create it (README, \"Clinic server\") or correct the name");
    }

    @Test
    void aServerThatIsNotRunningSaysWhatToCheck() throws Exception {
        int nobody;
        try (ServerSocket free = new ServerSocket(0)) {
            nobody = free.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + nobody + "/clinic?sslmode=disable";

        DbCommandTest.Run run = run("clinic", "show", "--db-url", url, "--db-user", "desk");

        assertOneLine(run, "Cannot reach the clinic server 127.0.0.1:" + nobody + "/clinic: check that the server is"
                + " running, that the host name and port are right");
    }

    @Test
    void aWrongOrMissingPasswordIsToldWithoutShowingIt(PostgresServer server, ServerAddress database) {
        server.adminSql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + PostgresServer.PASSWORD_USER
                + "') THEN CREATE ROLE " + PostgresServer.PASSWORD_USER + " LOGIN PASSWORD 'the right one'; END IF; END $$");
        ServerAddress wrong = ServerAddress.of(database.url(), PostgresServer.PASSWORD_USER, "Wrong-Secret-42".toCharArray());

        assertThatThrownBy(() -> Services.open(DataLocation.server(wrong), null, line -> { }, () -> { }))
                .isInstanceOf(StorageException.class)
                .hasMessage("The clinic server " + database.describe() + " did not let the user " + PostgresServer.PASSWORD_USER
                        + " in: check the user name and its password, and that the server accepts this computer"
                        + " (pg_hba.conf on the server).")
                .message().doesNotContain("Wrong-Secret-42");

        // no password and no terminal to type it on (as here): the server's request is told, with where to give it
        DbCommandTest.Run none = run("journal", "status", "--db-url", database.url(), "--db-user", PostgresServer.PASSWORD_USER);
        assertOneLine(none, "The clinic server " + database.describe() + " asks for the password of the user "
                + PostgresServer.PASSWORD_USER + ": set RECOVERY_PLANNER_DB_PASSWORD, or type it when asked.");
    }

    /**
     * The server stops while an import is half done (held up by a lock the test takes on check_in, so the
     * recoveries are written and the check-ins not yet): the command says so in one line, exit 1, and once
     * the server is back nothing of the import is there.
     */
    @Test
    void aServerStoppedInTheMiddleOfAnImportLeavesNothingOfItAndSaysSoInOneLine(PostgresServer server, ServerAddress database)
            throws Exception {
        Path folder = dir.resolve("data");
        for (String at : new String[]{"2026-03-01T09:30", "2026-03-03T09:30"}) {
            assertThat(run("journal", "add", "--massage", "deep-tissue", "--at", at, "--soreness", "5",
                    "--data-dir", folder.toString()).status()).isZero();
        }
        assertThat(run("journal", "check-in", "--recovery", "1", "--at", "2026-03-02T09:30", "--soreness", "3",
                "--data-dir", folder.toString()).status()).isZero();
        Path export = dir.resolve("journal.json");
        assertThat(run("journal", "export", "--format", "json", "--out", export.toString(), "--data-dir", folder.toString())
                .status()).isZero();
        assertThat(onServer(database, "journal", "status").status()).isZero(); // migrated, rule set in

        DbCommandTest.Run cut;
        try (Connection lock = server.connect(database); Statement s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.execute("LOCK TABLE check_in IN EXCLUSIVE MODE");
            CompletableFuture<DbCommandTest.Run> importing = CompletableFuture.supplyAsync(
                    () -> onServer(database, "journal", "import", "--in", export.toString()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (server.waitingForLocks() == 0 && !importing.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(importing).as("the import waits for the lock").isNotDone();
            server.stop();
            try {
                cut = importing.get(60, TimeUnit.SECONDS);
            } finally {
                server.startAgain();
            }
        }

        assertOneLine(cut, "Lost the connection to the clinic server " + database.describe()
                + "; the change in progress was not saved (nothing is half stored)");
        assertThat(ServerRows.count(server, database, "recovery")).isZero();
        assertThat(ServerRows.count(server, database, "check_in")).isZero();
        DbCommandTest.Run again = onServer(database, "journal", "import", "--in", export.toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(ServerRows.count(server, database, "recovery")).isEqualTo(2);
    }
}
