package com.ublives.recovery.storage;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The data source the services write through, with a step that runs after each committed write
 * transaction ({@link Transactions} calls it): the day's automatic backup is taken there.
 */
public final class WatchedDataSource implements DataSource {

    private final DataSource target;
    private final Runnable afterWrite;

    public WatchedDataSource(DataSource target, Runnable afterWrite) {
        this.target = target;
        this.afterWrite = afterWrite;
    }

    /** Runs the step of a watched data source; any other data source writes without one. */
    static void afterWrite(DataSource source) {
        if (source instanceof WatchedDataSource watched) {
            watched.afterWrite.run();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }
}
