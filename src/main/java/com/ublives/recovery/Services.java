package com.ublives.recovery;

import com.ublives.recovery.assess.PlannerService;
import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.journal.JournalService;
import com.ublives.recovery.storage.Database;
import com.ublives.recovery.storage.RuleSetRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The services of one data directory, built once and shared by the window and the command line.
 * Opening does database work: never call it on the JavaFX thread. {@code ruleSetProblems} is empty
 * unless the stored rule set was refused at open, in which case the last good one is in use and
 * the window tells the person why.
 */
public record Services(Database database, PlannerService planner, JournalService journal, ClinicService clinic,
                       List<String> ruleSetProblems) implements AutoCloseable {

    public static Services open(Path dataDir) {
        return open(dataDir, () -> {
        });
    }

    /** @param waiting told once when the data folder has kept this waiting a few seconds for another program */
    public static Services open(Path dataDir, Runnable waiting) {
        Database database = Database.open(dataDir, waiting);
        try {
            RuleSetRepository rules = new RuleSetRepository(database.dataSource(), defaultRules());
            PlannerService planner = new PlannerService(rules.open());
            JournalService journal = JournalService.create(planner, database.dataSource(), Clock.systemDefaultZone());
            return new Services(database, planner, journal,
                    new ClinicService(database.dataSource(), planner.ruleSet(), journal, Clock.systemDefaultZone()),
                    rules.refusedProblems());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The rule set bundled with the app, as JSON: imported on first run, and what tests judge with. */
    public static String defaultRules() {
        try (InputStream in = Services.class.getResourceAsStream("/rules/default-rules.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
