package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The bundled rule set gained its German texts (V8's rule_text) without a change to any rule, so it kept
 * its version; a folder that stored that version before V8 gets the texts here, and a German desk reads
 * the rules in German without a new version appearing in the history. Other stored versions (older
 * bundled ones, a clinic's own) are left alone: their texts stay English until someone translates them.
 * <p>
 * Java, not SQL: the texts are read from the bundled rule set itself, so they are written once.
 */
public class V8_1__bundled_rule_texts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        JsonNode bundled = bundled();
        JsonNode translations = bundled.path("translations");
        if (!translations.isObject()) {
            return;
        }
        Connection c = context.getConnection();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM rule_set WHERE version = ? AND source = 'bundled'")) {
            s.setString(1, bundled.path("version").asText());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO rule_text (rule_set_id, language, part, row_id, field, seq, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (long id : ids) {
                int seq = 0;
                for (Map.Entry<String, JsonNode> language : fields(translations)) {
                    for (Map.Entry<String, JsonNode> part : fields(language.getValue())) {
                        for (Map.Entry<String, JsonNode> row : fields(part.getValue())) {
                            for (Map.Entry<String, JsonNode> field : fields(row.getValue())) {
                                s.setLong(1, id);
                                s.setString(2, language.getKey());
                                s.setString(3, part.getKey());
                                s.setString(4, row.getKey());
                                s.setString(5, field.getKey());
                                s.setInt(6, seq++);
                                s.setString(7, field.getValue().asText());
                                s.addBatch();
                            }
                        }
                    }
                }
            }
            s.executeBatch();
        }
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> i = node.fields(); i.hasNext(); ) {
            list.add(i.next());
        }
        return list;
    }

    private static JsonNode bundled() {
        try (InputStream in = V8_1__bundled_rule_texts.class.getResourceAsStream("/rules/default-rules.json")) {
            if (in == null) {
                throw new IllegalStateException("the bundled rule set is missing from the app");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled rule set cannot be read", e);
        }
    }
}
