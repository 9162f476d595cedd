package com.ublives.recovery;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.place.PlaceService;
import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.content.ContentService;
import com.ublives.recovery.journal.JournalService;
import com.ublives.recovery.settings.SettingsService;
import com.ublives.recovery.storage.Backups;
import com.ublives.recovery.storage.DailyBackup;
import com.ublives.recovery.storage.DataLocation;
import com.ublives.recovery.storage.DataDirectory;
import com.ublives.recovery.storage.Database;
import com.ublives.recovery.storage.ServerAddress;
import com.ublives.recovery.storage.Encryption;
import com.ublives.recovery.storage.Password;
import com.ublives.recovery.storage.WatchedDataSource;
import com.ublives.recovery.storage.WrongPasswordException;
import com.ublives.recovery.storage.RuleSetRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The services of one data directory, built once and shared by the window and the command line.
 * Opening does database work: never call it on the JavaFX thread. {@code ruleSetProblems} is empty
 * unless the stored rule set was refused at open, in which case the last good one is in use and
 * the window tells the person why.
 */
public record Services(Database database, PlannerService planner, JournalService journal, ClinicService clinic,
                       SettingsService settings, List<String> ruleSetProblems, ContentService content) implements AutoCloseable {

    public static Services open(Path dataDir) {
        return open(dataDir, null, System.err::println);
    }

    /** As below, for a program that says nothing while it waits for another one on the folder (the window). */
    public static Services open(Path dataDir, Password password, Consumer<Phrase> tell) {
        return open(dataDir, password, tell, () -> {
        });
    }

    /**
     * The services of a data folder; {@code password} opens an encrypted one (ignored for another).
     * Writes go through the day's automatic backup; {@code tell} hears, once a day, if it failed.
     * {@code waiting} is told once when the folder has kept this waiting a few seconds for another program.
     */
    public static Services open(Path dataDir, Password password, Consumer<Phrase> tell, Runnable waiting) {
        return open(DataLocation.folder(dataDir), password, tell, waiting);
    }

    /**
     * The services of the data where it lives. A folder as above; a clinic server is migrated on first
     * use and has no automatic backup here (backups of a server are the server's business: pg_dump).
     */
    public static Services open(DataLocation where, Password password, Consumer<Phrase> tell, Runnable waiting) {
        return open(where, password, tell, waiting, Database.Stay.LONG);
    }

    /**
     * As above, for a program that stays as {@code stay} says: the window for hours, a command for a
     * second ({@link Database.Stay#SHORT}: it holds a folder nobody serves alone, and closes it without
     * compacting it).
     */
    public static Services open(DataLocation where, Password password, Consumer<Phrase> tell, Runnable waiting,
                                Database.Stay stay) {
        if (where instanceof DataLocation.Server server) {
            Database database = Database.connect(server.address());
            return withServices(database, database.dataSource(), DataDirectory.resolve(null));
        }
        Path dataDir = ((DataLocation.Folder) where).path();
        Password needed = Encryption.isOn(dataDir) ? required(dataDir, password) : null;
        Database database = Database.open(dataDir, needed, waiting, stay);
        Clock clock = Clock.systemDefaultZone();
        DataSource writes = new WatchedDataSource(database.dataSource(),
                new DailyBackup(new Backups(dataDir, clock), database.dataSource(), needed, clock, tell));
        return withServices(database, writes, dataDir);
    }

    /**
     * A clinic server; when it asks for a password that was not given, {@code askPassword} is asked once
     * (the terminal; null or empty when none is typed, and the server's request is told as it is).
     */
    public static Services openServer(ServerAddress server, Supplier<char[]> askPassword) {
        return openServer(server, askPassword, DataDirectory.resolve(null));
    }

    /** As above, with the person's settings in {@code settingsDir} (the window's data folder, whatever --data-dir said). */
    public static Services openServer(ServerAddress server, Supplier<char[]> askPassword, Path settingsDir) {
        Database database = PlaceService.connect(server, askPassword);
        return withServices(database, database.dataSource(), settingsDir);
    }

    /**
     * The services on an open database. {@code settingsDir} holds the person's settings file: the data
     * folder, or for a clinic server this computer's own data folder (settings belong to the desk).
     */
    private static Services withServices(Database database, DataSource writes, Path settingsDir) {
        try {
            Clock clock = Clock.systemDefaultZone();
            RuleSetRepository rules = new RuleSetRepository(database.dataSource(), defaultRules());
            PlannerService planner = new PlannerService(rules.open());
            JournalService journal = JournalService.create(planner, writes, clock);
            SettingsService settings = new SettingsService(settingsDir);
            journal.useCheckInHours(settings::checkInHours);
            journal.useSummaries(new com.ublives.recovery.summary.SummaryPdf(journal));
            return new Services(database, planner, journal,
                    new ClinicService(writes, planner, clock), settings,
                    rules.refusedProblems(), new ContentService(rules, planner, defaultRules()));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Password required(Path dataDir, Password password) {
        if (password == null) {
            throw new WrongPasswordException(Phrase.of("failure.storage.passwordNeeded", dataDir), null);
        }
        return password;
    }

    /** The rule set bundled with the app, as JSON: imported on first run, and what tests judge with. */
    public static String defaultRules() {
        try (InputStream in = Services.class.getResourceAsStream("/rules/default-rules.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the data is and what it holds (db status, Settings). */
    public PlaceService place() {
        return new PlaceService(database);
    }

    @Override
    public void close() {
        database.close();
    }
}
