package com.ublives.recovery.journal;

import com.ublives.recovery.Services;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Child process of the kill test: writes check-ins in a loop and prints "saved ID" after each one is
 * committed, until it is killed.
 */
public final class CheckInWriterMain {

    public static void main(String[] args) {
        try (Services services = Services.open(Path.of(args[0]))) {
            JournalService journal = services.journal();
            Instant massage = Instant.parse("2026-03-01T08:30:00Z");
            Recovery r = journal.addRecovery(NewRecovery.of("deep-tissue", massage));
            System.out.println("recovery " + r.id());
            for (long i = 1; ; i++) {
                CheckInResult saved = journal.checkIn(NewCheckIn.of(r.id(), massage.plus(Duration.ofSeconds(i)),
                        1 + (int) (i % 9)).withNote("check-in " + i));
                System.out.println("saved " + saved.checkIn().id());
                System.out.flush();
            }
        }
    }
}
