package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * V4 moved the clinic's sessions out of the journal with the ids they had. An identity column does not
 * move past ids inserted by hand (neither in H2 nor in PostgreSQL), so without this the next new session
 * would take id 1 and collide. New session ids start after every session id and every journal id, so a
 * number that ever named one of the person's own recoveries never names a client's session.
 * <p>
 * Java, not SQL: the start value must be a literal in PostgreSQL, and it is only known from the data.
 * Found by Flyway in the default location (classpath db/migration), after V4.
 */
public class V4_1__clinic_session_ids extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        long next = 1;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM recovery"
                     + " UNION ALL SELECT COALESCE(MAX(id), 0) FROM clinic_session")) {
            while (rs.next()) {
                next = Math.max(next, rs.getLong(1) + 1);
            }
        }
        // DDL takes no parameters; the value is a number read from the database just above.
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE clinic_session ALTER COLUMN id RESTART WITH " + next);
        }
    }
}
