package com.ublives.recovery.storage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs repository work on one connection, as one transaction: all of it is stored, or none.
 * Repositories take the connection as an argument so a service can join several of them in one unit.
 */
public final class Transactions {

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Commits when work returns, rolls back when it throws (and rethrows; SQL errors as StorageException). */
    /** {@code doing}: a key of i18n/messages (doing.*), what the work is, for the sentence of a failure. */
    public <T> T inTransaction(String doing, Work<T> work) {
        T result = commit(doing, work);
        WatchedDataSource.afterWrite(dataSource);
        return result;
    }

    private <T> T commit(String doing, Work<T> work) {
        try (Connection c = connect()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw StorageException.from(dataSource, e, doing);
        }
    }

    /** Read-only work; each statement sees committed data. */
    public <T> T read(String doing, Work<T> work) {
        try (Connection c = connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw StorageException.from(dataSource, e, doing);
        }
    }

    /**
     * A connection, waiting out another program that is starting or stopping on the same folder: a new
     * connection to a shared file goes through H2's lock-file handshake, which such a moment disturbs.
     * Nothing has been done yet when it fails, so trying again is safe.
     */
    private Connection connect() throws SQLException {
        try {
            return new Patience(() -> {
            }).retry(() -> {
                try {
                    return dataSource.getConnection();
                } catch (SQLException e) {
                    throw StorageException.from(e, "doing.openData"); // passing() waits; the SQLException goes on below
                }
            }, StorageException::passing);
        } catch (StorageException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException rollbackFailed) {
            cause.addSuppressed(rollbackFailed);
        }
    }
}
