package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.i18n.Phrased;
import com.ublives.recovery.rules.Band;
import com.ublives.recovery.rules.BandRule;
import com.ublives.recovery.rules.Category;
import com.ublives.recovery.rules.Exclusion;
import com.ublives.recovery.rules.Factor;
import com.ublives.recovery.rules.HealthCondition;
import com.ublives.recovery.rules.Level;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.PlanItem;
import com.ublives.recovery.rules.PlanVariant;
import com.ublives.recovery.rules.RedFlag;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleTranslations;
import com.ublives.recovery.rules.RuleSetException;
import com.ublives.recovery.rules.RuleSetValidator;
import com.ublives.recovery.rules.Severity;
import com.ublives.recovery.rules.WarningRule;
import com.ublives.recovery.rules.When;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds one stored rule set from its rows and validates it. Rows that cannot even be read (a
 * condition that is not JSON) are named together with the validator's findings, so whoever edited
 * the tables sees every bad row at once.
 */
final class RuleSetReader {

    private final Connection c;
    private final long id;
    private final List<Phrase> problems = new ArrayList<>();

    RuleSetReader(Connection c, long ruleSetId) {
        this.c = c;
        this.id = ruleSetId;
    }

    /** Returns the valid rule set or throws {@link RuleSetException} listing every bad row. */
    RuleSet read(String version, int watchHours) throws SQLException {
        RuleSet rules = new RuleSet(version, watchHours,
                rows("SELECT id, label, description, min_hours, max_hours, open_ended FROM band", rs ->
                        new Band(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getBoolean(6))),
                rows("SELECT id, name, base_band FROM massage_type", rs ->
                        new MassageType(rs.getString(1), rs.getString(2), rs.getString(3))),
                rows("SELECT id, label, from_score, to_score FROM severity", rs ->
                        new Severity(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4))),
                rows("SELECT id, label, advice FROM factor", rs ->
                        new Factor(rs.getString(1), rs.getString(2), rs.getString(3))),
                rows("SELECT id, level, label, action FROM red_flag", rs ->
                        new RedFlag(rs.getString(1), Level.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4))),
                rows("SELECT id, label FROM health_condition", rs ->
                        new HealthCondition(rs.getString(1), rs.getString(2))),
                rows("SELECT id, when_json, at_least, longer_by FROM band_rule", rs ->
                        new BandRule(rs.getString(1), when("bandRules", rs.getString(1), rs.getString(2)), rs.getString(3), rs.getInt(4))),
                rows("SELECT code, level, when_json, message FROM warning_rule", rs ->
                        new WarningRule(rs.getString(1), Level.valueOf(rs.getString(2)),
                                when("warningRules", rs.getString(1), rs.getString(3)), rs.getString(4))),
                planItems(),
                exclusions(),
                texts());
        problems.addAll(RuleSetValidator.problems(rules));
        if (!problems.isEmpty()) {
            throw RuleSetException.of(problems);
        }
        return rules;
    }

    private List<PlanItem> planItems() throws SQLException {
        Map<String, List<PlanVariant>> variants = new LinkedHashMap<>();
        for (Object[] v : rows("SELECT plan_item_id, rule_id, when_json, from_hour, to_hour FROM plan_variant", rs ->
                new Object[]{rs.getString(1), new PlanVariant(rs.getString(2),
                        when("planItems." + rs.getString(1) + ".variants", rs.getString(2), rs.getString(3)),
                        integer(rs, 4), integer(rs, 5))})) {
            variants.computeIfAbsent((String) v[0], k -> new ArrayList<>()).add((PlanVariant) v[1]);
        }
        return rows("SELECT id, category, title, body FROM plan_item", rs -> new PlanItem(rs.getString(1),
                Category.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                variants.getOrDefault(rs.getString(1), List.of())));
    }

    private List<Exclusion> exclusions() throws SQLException {
        Map<String, List<Category>> categories = new LinkedHashMap<>();
        Map<String, List<String>> items = new LinkedHashMap<>();
        rows("SELECT exclusion_id, category, plan_item_id FROM exclusion_target", rs -> {
            if (rs.getString(2) != null) {
                categories.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(Category.valueOf(rs.getString(2)));
            } else {
                items.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(3));
            }
            return null;
        });
        return rows("SELECT id, when_json, reason FROM exclusion", rs -> new Exclusion(rs.getString(1),
                when("exclusions", rs.getString(1), rs.getString(2)),
                categories.getOrDefault(rs.getString(1), List.of()), items.getOrDefault(rs.getString(1), List.of()),
                rs.getString(3)));
    }

    /** The rule set's translations, as its JSON's "translations" object: language, part, id, field. */
    private RuleTranslations texts() throws SQLException {
        Map<String, Map<String, Map<String, Map<String, String>>>> texts = new LinkedHashMap<>();
        rows("SELECT language, part, row_id, field, body FROM rule_text", rs -> texts
                .computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                .computeIfAbsent(rs.getString(2), k -> new LinkedHashMap<>())
                .computeIfAbsent(rs.getString(3), k -> new LinkedHashMap<>())
                .put(rs.getString(4), rs.getString(5)));
        return new RuleTranslations(texts);
    }

    private When when(String table, String rowId, String json) {
        try {
            return WhenJson.read(json);
        } catch (IllegalArgumentException e) {
            problems.add(e instanceof Phrased told ? Phrase.of("rules.stored.when", table + "[" + rowId + "]", told.phrase())
                    : Phrase.of("rules.stored.whenUnreadable", table + "[" + rowId + "]"));
            return When.ALWAYS;
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Every table is read the same way: the rows of this rule set, in their stored order. */
    private <T> List<T> rows(String select, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(select + " WHERE rule_set_id = ? ORDER BY seq")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
                return result;
            }
        }
    }
}
