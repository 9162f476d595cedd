package com.ublives.recovery.storage;

import org.postgresql.ds.PGConnectionPoolDataSource;

import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.DataSource;
import javax.sql.PooledConnection;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * A few connections to the clinic server kept open between transactions (opening one costs a round trip
 * and the password exchange). A connection the driver reports broken (the server restarted, the network
 * dropped) is closed, never handed out again, and one that sat idle is checked before it is handed out:
 * after the server comes back, the next try works instead of failing once per connection kept.
 */
final class ServerPool implements DataSource, AutoCloseable {

    private static final int MAX_IDLE = 8;
    /** An idle connection older than this is checked with a round trip before use. */
    private static final long CHECK_AFTER_MS = 2_000;
    private static final int CHECK_SECONDS = 3;

    private final ServerAddress server;
    private final PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
    private final Deque<Idle> idle = new ArrayDeque<>();
    private final Set<PooledConnection> broken = ConcurrentHashMap.newKeySet();
    private final ConnectionEventListener listener = new ConnectionEventListener() {
        @Override
        public void connectionClosed(ConnectionEvent event) {
            giveBack((PooledConnection) event.getSource());
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
            broken.add((PooledConnection) event.getSource());
        }
    };
    private boolean closed;

    private record Idle(PooledConnection connection, long since) {
    }

    ServerPool(ServerAddress server) {
        this.server = server;
        // defaults first: parameters given in the URL (sslmode, connectTimeout, ...) override them
        source.setApplicationName("Recovery Planner");
        source.setConnectTimeout(10);
        source.setLoginTimeout(15);
        source.setTcpKeepAlive(true);
        source.setUrl(server.url());
        if (server.user() != null) {
            source.setUser(server.user());
        }
        char[] password = server.password();
        if (password != null) {
            source.setPassword(new String(password));
            java.util.Arrays.fill(password, '\0');
        }
    }

    ServerAddress server() {
        return server;
    }

    /** The server behind a data source (a pool, or a wrapper of one); null for any other. */
    static ServerAddress serverOf(DataSource dataSource) {
        try {
            return dataSource != null && dataSource.isWrapperFor(ServerPool.class)
                    ? dataSource.unwrap(ServerPool.class).server : null;
        } catch (SQLException e) {
            return null;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        while (true) {
            Idle kept;
            synchronized (this) {
                if (closed) {
                    throw new SQLException("The connections to the server are closed.", "08003");
                }
                kept = idle.pollFirst();
            }
            if (kept == null) {
                PooledConnection fresh = source.getPooledConnection();
                fresh.addConnectionEventListener(listener);
                return fresh.getConnection();
            }
            Connection handle;
            try {
                handle = kept.connection().getConnection();
            } catch (SQLException dead) {
                discard(kept.connection());
                continue;
            }
            if (System.currentTimeMillis() - kept.since() < CHECK_AFTER_MS || handle.isValid(CHECK_SECONDS)) {
                return handle;
            }
            broken.add(kept.connection());
            handle.close();
        }
    }

    private void giveBack(PooledConnection connection) {
        boolean keep;
        synchronized (this) {
            keep = !closed && !broken.contains(connection) && idle.size() < MAX_IDLE;
            if (keep) {
                idle.addFirst(new Idle(connection, System.currentTimeMillis()));
            }
        }
        if (!keep) {
            discard(connection);
        }
    }

    private void discard(PooledConnection connection) {
        broken.remove(connection);
        try {
            connection.close();
        } catch (SQLException alreadyGone) {
            // nothing to give back
        }
    }

    @Override
    public void close() {
        Deque<Idle> all;
        synchronized (this) {
            closed = true;
            all = new ArrayDeque<>(idle);
            idle.clear();
        }
        all.forEach(i -> discard(i.connection()));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The pool connects as its own user.");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the driver's log stays off: it could quote the server's messages
    }

    @Override
    public void setLoginTimeout(int seconds) {
        source.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return source.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
