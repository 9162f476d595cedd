package com.ublives.recovery.storage;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A data source that counts the statements prepared through it, so a test can tell whether a read
 * takes a fixed number of queries or one a row.
 */
public final class StatementCounter extends ForwardingDataSource {

    private final AtomicInteger prepared = new AtomicInteger();

    public StatementCounter(DataSource target) {
        super(target);
    }

    /** Statements prepared since the last call. */
    public int take() {
        return prepared.getAndSet(0);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counting(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return counting(target.getConnection(username, password));
    }

    private Connection counting(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("createStatement")) {
                prepared.incrementAndGet();
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                handler);
    }
}
