package com.ublives.recovery.storage;

import com.ublives.recovery.Launcher;
import com.ublives.recovery.Services;
import com.ublives.recovery.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two programs on one data folder: the command line while the window is open, and a clear refusal. */
class SharedDataFolderTest {

    @TempDir
    Path dir;

    @Test
    void theCommandLineWorksInASecondProcessWhileTheFirstHasTheDatabaseOpen() throws Exception {
        try (Services window = Services.open(dir)) {
            Process cli = ChildJvm.start(Launcher.class, "journal", "add", "--massage", "thai",
                    "--at", "2026-03-01T09:30", "--soreness", "4", "--json", "--data-dir", dir.toString());
            String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.exitValue()).as(out).isZero();
            assertThat(out).contains("\"recoveryId\":1");

            // the first process sees the second one's recovery, and keeps writing to the same file
            assertThat(window.journal().recoveries()).extracting(r -> r.massage()).containsExactly("thai");
            window.journal().close(1);

            Process status = ChildJvm.start(Launcher.class, "journal", "status", "--json", "--data-dir", dir.toString());
            String statusOut = new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(status.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(statusOut).contains("\"recoveries\":[]");
        }
    }

    /**
     * A command holds a folder nobody serves alone (Database.Stay.SHORT: no lock file, no server); a window
     * that comes meanwhile waits its turn, opens the folder once the command has let it go, and serves it.
     */
    @Test
    void aWindowThatComesWhileACommandHoldsTheFolderWaitsForItsTurn() throws Exception {
        Services.open(dir).close();
        Process command = ChildJvm.start(ServicesHolderMain.class, dir.toString(), "command");
        try (BufferedReader out = ChildJvm.stdout(command)) {
            ChildJvm.awaitLine(out, "ready");
            assertThat(dir.resolve(Database.LOCK_FILE)).doesNotExist();

            CompletableFuture<Services> window = CompletableFuture.supplyAsync(() -> Services.open(dir));
            Thread.sleep(1_500);
            assertThat(window).as("the window waits while the command holds the folder").isNotDone();
            command.getOutputStream().close();
            ChildJvm.awaitLine(out, "closed");

            try (Services opened = window.get(60, TimeUnit.SECONDS)) {
                assertThat(opened.journal().recoveries()).isEmpty();
                assertThat(dir.resolve(Database.LOCK_FILE)).as("the window serves the folder").exists();
            }
        } finally {
            command.destroyForcibly();
        }
    }

    @Test
    void aDatabaseHeldByAProgramThatDoesNotShareItGivesOneClearSentence() throws Exception {
        Services.open(dir).close();
        Process holder = ChildJvm.start(H2HolderMain.class, dir.toString());
        try (BufferedReader out = ChildJvm.stdout(holder)) {
            ChildJvm.awaitLine(out, "ready");

            assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(StorageException.class)
                    .hasMessageStartingWith("The data folder is in use by another program")
                    .hasMessageNotContaining("\n");

            StringWriter err = new StringWriter();
            int status = Cli.run(new String[]{"journal", "status", "--data-dir", dir.toString()},
                    new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            assertThat(status).isEqualTo(1);
            // after a few seconds of trying, one notice that it waits, then one sentence
            assertThat(err.toString().strip().lines().toList()).last().asString()
                    .startsWith("Error: The data folder is in use by another program");
            assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(err.toString().strip().lines()).hasSizeLessThanOrEqualTo(2);
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(30, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
    }

    @Test
    void lockTimeoutsAndUnknownErrorsAreToldWithoutAStack() {
        SQLException timeout = new SQLException("Timeout trying to lock table \"CHECK_IN\"; SQL statement:\nUPDATE ...",
                "HYT00", StorageException.LOCK_TIMEOUT);
        assertThat(StorageException.from(new RuntimeException(timeout), "doing.saveCheckIn").getMessage())
                .startsWith("The journal is busy").doesNotContain("\n");
        SQLException other = new SQLException("Disk full\nmore detail", "08000", 1);
        // the database's own words stay in the cause, for --verbose
        assertThat(StorageException.from(other, "doing.saveCheckIn").getMessage())
                .isEqualTo("Could not save the check-in because of an unexpected error in the database.");
        // a German window or --lang de run writes the same phrase in German
        assertThat(StorageException.from(other, "doing.saveCheckIn").phrase().in(com.ublives.recovery.i18n.Language.GERMAN))
                .isEqualTo("Wegen eines unerwarteten Fehlers in der Datenbank ist es nicht gelungen, die Rückmeldung zu speichern.");
    }
}
