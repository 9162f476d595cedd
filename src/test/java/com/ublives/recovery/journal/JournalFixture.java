package com.ublives.recovery.journal;

import com.ublives.recovery.Services;
import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.rules.RuleSetJson;
import com.ublives.recovery.storage.DataLocation;
import com.ublives.recovery.storage.Database;
import com.ublives.recovery.storage.StatementCounter;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A journal on a real H2 file in a temporary folder (or a real PostgreSQL database), with a clock the test controls. */
final class JournalFixture implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** 2026-03-01T09:30 in Berlin. */
    static final Instant MASSAGE = Instant.parse("2026-03-01T08:30:00Z");

    final Database database;
    /** Now is a month after the massage, so every check-in of a test is in the past (none may be over a day ahead). */
    final TestClock clock = new TestClock(MASSAGE.plus(Duration.ofDays(30)), ZONE);
    final PlannerService planner = new PlannerService(RuleSetJson.parse(defaultRules()));
    /** Counts the statements the journal prepares, so a test can tell a fixed number of queries from one a row. */
    final StatementCounter statements;
    final JournalService journal;

    JournalFixture(Path dir) {
        this(DataLocation.folder(dir));
    }

    JournalFixture(DataLocation where) {
        database = Database.open(where, null, () -> {
        });
        statements = new StatementCounter(database.dataSource());
        journal = JournalService.create(planner, statements, clock);
    }

    static Instant hoursAfterMassage(double hours) {
        return MASSAGE.plus(Duration.ofMillis(Math.round(hours * 3_600_000)));
    }

    static String defaultRules() {
        return Services.defaultRules();
    }

    @Override
    public void close() {
        database.close();
    }
}
