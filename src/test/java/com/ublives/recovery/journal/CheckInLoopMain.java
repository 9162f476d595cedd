package com.ublives.recovery.journal;

import com.ublives.recovery.Services;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Child process of the shared-folder test, one short command after another as a person's script would
 * run them: each round opens the data folder, adds one check-in, prints "saved ID" and closes the
 * folder again; a round that fails prints "failed" and the message.
 */
public final class CheckInLoopMain {

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        long recovery = Long.parseLong(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int offset = Integer.parseInt(args[3]);
        Instant massage = Instant.parse("2026-03-01T08:30:00Z");
        for (int i = 0; i < rounds; i++) {
            try (Services services = Services.open(dir, null, line -> { }, () -> System.out.println("waiting"))) {
                CheckInResult saved = services.journal().checkIn(NewCheckIn.of(recovery,
                        massage.plus(Duration.ofMinutes(offset + i)), 3).withNote("round " + i));
                System.out.println("saved " + saved.checkIn().id());
            } catch (RuntimeException e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                System.out.println("failed " + e.getMessage() + " | " + root);
            }
            System.out.flush();
        }
        System.out.println("done");
    }
}
