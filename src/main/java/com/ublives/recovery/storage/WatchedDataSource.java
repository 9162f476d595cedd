package com.ublives.recovery.storage;

import javax.sql.DataSource;

/**
 * The data source the services write through, with a step that runs after each committed write
 * transaction ({@link Transactions} calls it): the day's automatic backup is taken there.
 */
public final class WatchedDataSource extends ForwardingDataSource {

    private final Runnable afterWrite;

    public WatchedDataSource(DataSource target, Runnable afterWrite) {
        super(target);
        this.afterWrite = afterWrite;
    }

    /** Runs the step of a watched data source; any other data source writes without one. */
    static void afterWrite(DataSource source) {
        if (source instanceof WatchedDataSource watched) {
            watched.afterWrite.run();
        }
    }
}
