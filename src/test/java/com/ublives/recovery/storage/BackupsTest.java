package com.ublives.recovery.storage;

import com.ublives.recovery.Services;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.storage.BackupFile.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupsTest {

    private static final ZoneId ZONE = ZoneOffset.UTC;

    @TempDir
    Path dir;

    /** A clock the test moves by hand. */
    private static final class Moving extends Clock {
        Instant now = Instant.parse("2026-03-01T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static List<String> clients(Services services) {
        return services.clinic().searchClients("").stream().map(Client::name).sorted().toList();
    }

    @Test
    void theFirstWriteOfTheDayMakesOneCheckedBackupThatHoldsIt() throws Exception {
        List<com.ublives.recovery.i18n.Phrase> told = new ArrayList<>();
        try (Services services = Services.open(dir, null, told::add)) {
            assertThat(new Backups(dir, Clock.systemDefaultZone()).list()).as("opening writes nothing").isEmpty();
            services.clinic().addClient(Client.named("Ada Lovelace"));
            services.clinic().addClient(Client.named("Bob Second"));
        }

        List<BackupFile> backups = new Backups(dir, Clock.systemDefaultZone()).list();
        assertThat(backups).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(Kind.AUTO);
            assertThat(b.encrypted()).isFalse();
            assertThat(b.name()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{6}\\.\\d{3}Z-auto\\.zip");
        });
        assertThat(new Backups(dir, Clock.systemDefaultZone()).opens(backups.get(0), null)).isTrue();
        assertThat(told).isEmpty();
        try (ZipFile zip = new ZipFile(backups.get(0).file().toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).as("the data file under its own name, not the folder's path")
                    .containsExactly("recovery.mv.db");
        }
    }

    @Test
    void oneAutomaticBackupADayAndOnlyTheNewestKeepOnesStay() throws Exception {
        Files.writeString(dir.resolve(BackupSettings.FILE), "backups.keep = 3\n");
        Services.open(dir).close();
        Moving clock = new Moving();
        Backups backups = new Backups(dir, clock);
        try (Database db = Database.open(dir); Connection live = db.dataSource().getConnection()) {
            backups.create(Kind.MANUAL, live, null);
            for (int day = 0; day < 5; day++) {
                DailyBackup daily = new DailyBackup(backups, db.dataSource(), null, clock, message -> { });
                daily.run();
                clock.now = clock.now.plus(Duration.ofHours(3));
                daily.run();
                new DailyBackup(backups, db.dataSource(), null, clock, message -> { }).run();
                clock.now = clock.now.plus(Duration.ofHours(21));
            }
        }

        List<BackupFile> all = backups.list();
        assertThat(all).filteredOn(b -> b.kind() == Kind.AUTO).extracting(b -> b.made().toString())
                .containsExactly("2026-03-05T09:00:00Z", "2026-03-04T09:00:00Z", "2026-03-03T09:00:00Z");
        assertThat(all).filteredOn(b -> b.kind() == Kind.MANUAL).as("asked for: never pruned").hasSize(1);
    }

    @Test
    void aKeepSettingThatIsNotAllowedIsSaidAndTheDefaultUsed() throws Exception {
        Files.writeString(dir.resolve(BackupSettings.FILE), "backups.keep=lots\n");

        BackupSettings settings = new Backups(dir, Clock.systemDefaultZone()).settings();

        assertThat(settings.keep()).isEqualTo(14);
        assertThat(settings.problem().english()).isEqualTo(
                "settings.properties: backups.keep must be a whole number from 1 to 365, got lots; keeping 14 automatic backups.");
        assertThat(settings.problem().in(com.ublives.recovery.i18n.Language.GERMAN)).isEqualTo("settings.properties:"
                + " backups.keep muss eine ganze Zahl von 1 bis 365 sein, angegeben war lots; es werden 14 automatische"
                + " Sicherungen behalten.");
    }

    @Test
    void restoreIsRefusedWhileTheDataIsOpenAndChangesNothing() {
        try (Services services = Services.open(dir)) {
            services.clinic().addClient(Client.named("Ada Lovelace"));
            BackupFile backup = new Backups(dir, Clock.systemDefaultZone()).list().get(0);
            services.clinic().addClient(Client.named("Bob After"));

            assertThatThrownBy(() -> new Restore(dir, new Backups(dir, Clock.systemDefaultZone()), Clock.systemDefaultZone())
                    .run(backup, null))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("The data folder is open in another program (the Recovery Planner window or a command);"
                            + " close it and try again. Nothing was changed.");
            assertThat(clients(services)).containsExactly("Ada Lovelace", "Bob After");
        }
        assertThat(new Backups(dir, Clock.systemDefaultZone()).list()).extracting(BackupFile::kind).containsExactly(Kind.AUTO);
    }

    @Test
    void restoreIsRefusedWhileAnotherProcessHoldsTheFile() throws Exception {
        try (Services services = Services.open(dir)) {
            services.clinic().addClient(Client.named("Ada Lovelace"));
        }
        BackupFile backup = new Backups(dir, Clock.systemDefaultZone()).list().get(0);
        Process holder = ChildJvm.start(H2HolderMain.class, dir.toString());
        try (BufferedReader out = ChildJvm.stdout(holder)) {
            ChildJvm.awaitLine(out, "ready");

            assertThatThrownBy(() -> new Restore(dir, new Backups(dir, Clock.systemDefaultZone()), Clock.systemDefaultZone())
                    .run(backup, null))
                    .isInstanceOf(StorageException.class).hasMessageStartingWith("The data folder is open in another program");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
    }

    @Test
    void anEncryptedFolderOpensOnlyWithItsPasswordAndItsBackupsStayEncrypted() {
        try (Services services = Services.open(dir)) {
            services.clinic().addClient(Client.named("Ada Lovelace"));
        }
        Backups backups = new Backups(dir, Clock.systemDefaultZone());
        Password password = Password.of("a pass phrase with spaces".toCharArray());

        Encryption.Result on = new Encryption(dir, backups).change(null, password);

        assertThat(Encryption.isOn(dir)).isTrue();
        assertThat(on.backupsRewritten()).isEqualTo(2);
        assertThat(backups.list()).allMatch(BackupFile::encrypted);
        assertThatThrownBy(() -> Services.open(dir)).isInstanceOf(WrongPasswordException.class)
                .hasMessage("The data folder " + dir + " is encrypted: its password is needed.");
        assertThatThrownBy(() -> Services.open(dir, Password.of("a pass phrase".toCharArray()), m -> { }))
                .isInstanceOf(WrongPasswordException.class)
                .satisfies(e -> assertThat(((StorageException) e).restoreMayHelp()).isFalse());
        try (Services services = Services.open(dir, password, m -> { })) {
            assertThat(clients(services)).containsExactly("Ada Lovelace");
        }
        assertThat(backups.opens(backups.list().get(0), password)).isTrue();
        assertThat(backups.opens(backups.list().get(0), null)).isFalse();
    }

    @Test
    void aFolderWhosePathHoldsSemicolonAndExclamationMarkIsBackedUpEncryptedAndRestored() throws Exception {
        Path odd = dir.resolve("d;INIT=CREATE TABLE pwned(x INT)--!x");
        List<com.ublives.recovery.i18n.Phrase> told = new ArrayList<>();
        try (Services services = Services.open(odd, null, told::add)) {
            services.clinic().addClient(Client.named("Ada Lovelace"));
        }
        assertThat(told).as("the automatic backup was made and checked").isEmpty();
        Backups backups = new Backups(odd, Clock.systemDefaultZone());
        BackupFile first = backups.list().get(0);
        assertThat(backups.opens(first, null)).isTrue();

        try (Services services = Services.open(odd)) {
            services.clinic().addClient(Client.named("Bob Second"));
        }
        new Restore(odd, backups, Clock.systemDefaultZone()).run(first, null);
        try (Services services = Services.open(odd)) {
            assertThat(clients(services)).containsExactly("Ada Lovelace");
        }

        Password password = Password.of("pass phrase".toCharArray());
        new Encryption(odd, backups).change(null, password);
        try (Services services = Services.open(odd, password, m -> { })) {
            assertThat(clients(services)).containsExactly("Ada Lovelace");
        }
        assertThat(backups.list()).allMatch(b -> backups.opens(b, password));
        assertThat(Files.exists(dir.resolve("pwned.mv.db"))).isFalse();
    }
}
