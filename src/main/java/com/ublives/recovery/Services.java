package com.ublives.recovery;

import com.ublives.recovery.assess.PlannerService;
import com.ublives.recovery.storage.Database;
import com.ublives.recovery.storage.RuleSetRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The services of one data directory, built once and shared by the window and the command line.
 * Opening does database work: never call it on the JavaFX thread.
 */
public record Services(Database database, PlannerService planner) implements AutoCloseable {

    public static Services open(Path dataDir) {
        Database database = Database.open(dataDir);
        try {
            RuleSetRepository rules = new RuleSetRepository(database.dataSource(), defaultRules());
            return new Services(database, new PlannerService(rules.open()));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    static String defaultRules() {
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
