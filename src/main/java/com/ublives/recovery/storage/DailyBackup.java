package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.storage.BackupFile.Kind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The automatic backup: at most one a day, made right after the day's first change (by the window or
 * any command), so even the first day's work has a copy. It never undoes the change: when it fails,
 * the person is told once that day that the change is saved but the backup is missing.
 */
public final class DailyBackup implements Runnable {

    private final Backups backups;
    private final DataSource live;
    private final Password password;
    private final Clock clock;
    private final Consumer<Phrase> tell;
    private LocalDate done;

    public DailyBackup(Backups backups, DataSource live, Password password, Clock clock, Consumer<Phrase> tell) {
        this.backups = backups;
        this.live = live;
        this.password = password;
        this.clock = clock;
        this.tell = tell;
    }

    @Override
    public synchronized void run() {
        LocalDate today = LocalDate.now(clock);
        if (today.equals(done)) {
            return;
        }
        done = today;
        try {
            if (!backups.hasAutomaticOn(today)) {
                try (Connection c = live.getConnection()) {
                    backups.create(Kind.AUTO, c, password);
                }
            }
        } catch (SQLException | RuntimeException e) {
            Phrase why = e instanceof StorageException told ? told.phrase() : StorageException.from(e, "doing.makeTheBackup").phrase();
            tell.accept(Phrase.of("failure.backup.daily", why));
        }
    }
}
