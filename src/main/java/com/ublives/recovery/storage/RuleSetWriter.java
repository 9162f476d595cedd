package com.ublives.recovery.storage;

import com.ublives.recovery.rules.Category;
import com.ublives.recovery.rules.Exclusion;
import com.ublives.recovery.rules.PlanItem;
import com.ublives.recovery.rules.PlanVariant;
import com.ublives.recovery.rules.RuleSet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Writes the rows of one (already validated) rule set; the caller owns the transaction. */
final class RuleSetWriter {

    private final Connection c;
    private final long ruleSetId;

    RuleSetWriter(Connection c, long ruleSetId) {
        this.c = c;
        this.ruleSetId = ruleSetId;
    }

    void write(RuleSet r) throws SQLException {
        rows("INSERT INTO band (rule_set_id, id, seq, label, description, min_hours, max_hours, open_ended) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                r.bands(), (s, b) -> {
                    s.setString(2, b.id());
                    s.setString(4, b.label());
                    s.setString(5, b.description() == null ? "" : b.description());
                    s.setInt(6, b.minHours());
                    s.setInt(7, b.maxHours());
                    s.setBoolean(8, b.openEnded());
                });
        rows("INSERT INTO massage_type (rule_set_id, id, seq, name, base_band) VALUES (?, ?, ?, ?, ?)",
                r.massageTypes(), (s, m) -> {
                    s.setString(2, m.id());
                    s.setString(4, m.name());
                    s.setString(5, m.baseBand());
                });
        rows("INSERT INTO severity (rule_set_id, id, seq, label, from_score, to_score) VALUES (?, ?, ?, ?, ?, ?)",
                r.severities(), (s, v) -> {
                    s.setString(2, v.id());
                    s.setString(4, v.label());
                    s.setInt(5, v.from());
                    s.setInt(6, v.to());
                });
        rows("INSERT INTO factor (rule_set_id, id, seq, label, advice) VALUES (?, ?, ?, ?, ?)",
                r.factors(), (s, f) -> {
                    s.setString(2, f.id());
                    s.setString(4, f.label());
                    s.setString(5, f.advice());
                });
        rows("INSERT INTO red_flag (rule_set_id, id, seq, level, label, action) VALUES (?, ?, ?, ?, ?, ?)",
                r.redFlags(), (s, f) -> {
                    s.setString(2, f.id());
                    s.setString(4, f.level().name());
                    s.setString(5, f.label());
                    s.setString(6, f.action());
                });
        rows("INSERT INTO health_condition (rule_set_id, id, seq, label) VALUES (?, ?, ?, ?)",
                r.conditions(), (s, h) -> {
                    s.setString(2, h.id());
                    s.setString(4, h.label());
                });
        rows("INSERT INTO band_rule (rule_set_id, id, seq, when_json, at_least, longer_by) VALUES (?, ?, ?, ?, ?, ?)",
                r.bandRules(), (s, b) -> {
                    s.setString(2, b.id());
                    nullable(s, 4, WhenJson.write(b.when()));
                    nullable(s, 5, b.atLeast());
                    s.setInt(6, b.longerBy());
                });
        rows("INSERT INTO warning_rule (rule_set_id, code, seq, level, when_json, message) VALUES (?, ?, ?, ?, ?, ?)",
                r.warningRules(), (s, w) -> {
                    s.setString(2, w.code());
                    s.setString(4, w.level().name());
                    nullable(s, 5, WhenJson.write(w.when()));
                    s.setString(6, w.message());
                });
        rows("INSERT INTO plan_item (rule_set_id, id, seq, category, title, body) VALUES (?, ?, ?, ?, ?, ?)",
                r.planItems(), (s, p) -> {
                    s.setString(2, p.id());
                    s.setString(4, p.category().name());
                    s.setString(5, p.title());
                    s.setString(6, p.text());
                });
        try (PreparedStatement s = c.prepareStatement("INSERT INTO plan_variant (rule_set_id, plan_item_id, rule_id, seq, when_json, from_hour, to_hour) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (PlanItem item : r.planItems()) {
                int seq = 0;
                for (PlanVariant v : item.variants()) {
                    s.setLong(1, ruleSetId);
                    s.setString(2, item.id());
                    s.setString(3, v.rule());
                    s.setInt(4, seq++);
                    nullable(s, 5, WhenJson.write(v.when()));
                    nullableInt(s, 6, v.fromHour());
                    nullableInt(s, 7, v.toHour());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        rows("INSERT INTO exclusion (rule_set_id, id, seq, when_json, reason) VALUES (?, ?, ?, ?, ?)",
                r.exclusions(), (s, e) -> {
                    s.setString(2, e.id());
                    nullable(s, 4, WhenJson.write(e.when()));
                    s.setString(5, e.reason());
                });
        texts(r);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO exclusion_target (rule_set_id, exclusion_id, seq, category, plan_item_id) VALUES (?, ?, ?, ?, ?)")) {
            for (Exclusion e : r.exclusions()) {
                int seq = 0;
                for (Category category : e.categories()) {
                    target(s, e.id(), seq++, category.name(), null);
                }
                for (String item : e.items()) {
                    target(s, e.id(), seq++, null, item);
                }
            }
            s.executeBatch();
        }
    }

    /** The rule set's translations, one row per text, in the order of the document. */
    private void texts(RuleSet r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO rule_text (rule_set_id, language, part, row_id, field, seq, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (var language : r.translations().texts().entrySet()) {
                for (var part : language.getValue().entrySet()) {
                    for (var row : part.getValue().entrySet()) {
                        for (var field : row.getValue().entrySet()) {
                            s.setLong(1, ruleSetId);
                            s.setString(2, language.getKey());
                            s.setString(3, part.getKey());
                            s.setString(4, row.getKey());
                            s.setString(5, field.getKey());
                            s.setInt(6, seq++);
                            s.setString(7, field.getValue());
                            s.addBatch();
                        }
                    }
                }
            }
            s.executeBatch();
        }
    }

    private void target(PreparedStatement s, String exclusion, int seq, String category, String item) throws SQLException {
        s.setLong(1, ruleSetId);
        s.setString(2, exclusion);
        s.setInt(3, seq);
        nullable(s, 4, category);
        nullable(s, 5, item);
        s.addBatch();
    }

    private interface Binder<T> {
        void bind(PreparedStatement s, T row) throws SQLException;
    }

    /** Columns 1 and 3 are always rule_set_id and seq; the binder fills the rest. */
    private <T> void rows(String sql, List<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < rows.size(); i++) {
                s.setLong(1, ruleSetId);
                s.setInt(3, i);
                binder.bind(s, rows.get(i));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void nullable(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }

    private static void nullableInt(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }
}
