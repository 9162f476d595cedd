package com.ublives.recovery.server;

import com.ublives.recovery.storage.ServerAddress;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test the private PostgreSQL server ({@link PostgresServer}, started on first use and stopped
 * when the test JVM ends) or a new database on it ({@link ServerAddress}); when PostgreSQL's programs
 * are not installed, the test is skipped with a line saying so.
 */
public final class PostgresExtension implements ParameterResolver, ExecutionCondition {

    /**
     * A test that takes the server or a database on it is skipped, saying why, when no server can be
     * started; tests of the class that need none still run. (An assumption failing while a parameter is
     * resolved would count as an error, not a skip.)
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean needsServer = context.getTestMethod().map(m -> java.util.Arrays.stream(m.getParameterTypes())
                .anyMatch(t -> t == PostgresServer.class || t == ServerAddress.class)).orElse(false);
        String why = needsServer ? PostgresServer.whyNotAvailable() : null;
        return why == null ? ConditionEvaluationResult.enabled("PostgreSQL available or not needed")
                : ConditionEvaluationResult.disabled(why);
    }

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
