package com.ublives.recovery.server;

import com.ublives.recovery.storage.ServerAddress;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test the private PostgreSQL server ({@link PostgresServer}, started on first use and stopped
 * when the test JVM ends) or a new database on it ({@link ServerAddress}); when PostgreSQL's programs
 * are not installed, the test is skipped with a line saying so.
 */
public final class PostgresExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == PostgresServer.class || type == ServerAddress.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresServer.class ? Store.server() : Store.newServerDatabase();
    }
}
