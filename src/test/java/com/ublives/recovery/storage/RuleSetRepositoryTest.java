package com.ublives.recovery.storage;

import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.RuleEngine;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleSetException;
import com.ublives.recovery.rules.RuleSetJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import com.ublives.recovery.server.Store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rule-set tables, on an H2 data folder and on a real PostgreSQL server: the same assertions on both. */
@ParameterizedClass(name = "on {0}")
@EnumSource(Store.class)
class RuleSetRepositoryTest {

    @Parameter
    Store store;
    private DataLocation where;

    private static final String DEFAULT_JSON = resource("/rules/default-rules.json");
    private static final RuleSet DEFAULT = RuleSetJson.parse(DEFAULT_JSON);

    @TempDir
    Path dir;
    private Database database;

    @BeforeEach
    void openDatabase() {
        where = store.create(dir);
        database = store.open(where);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) { // null when the run on PostgreSQL was skipped (no server programs)
            database.close();
        }
    }

    private RuleSetRepository repository() {
        return new RuleSetRepository(database.dataSource(), DEFAULT_JSON);
    }

    @Test
    void firstRunImportsTheBundledRuleSetIntoTheTables() throws SQLException {
        RuleSet opened = repository().open();

        assertThat(opened).isEqualTo(DEFAULT);
        assertThat(opened.in("de").redFlag("fever").label()).isEqualTo("Rückenschmerzen mit Fieber");
        assertThat(count("SELECT COUNT(*) FROM rule_set WHERE active = TRUE AND source = 'bundled'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM massage_type")).isEqualTo(11);
        assertThat(count("SELECT COUNT(*) FROM red_flag WHERE level = 'EMERGENCY'")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM plan_variant")).isEqualTo(DEFAULT.planItems().stream().mapToLong(i -> i.variants().size()).sum());
        assertThat(count("SELECT COUNT(*) FROM exclusion_target")).isEqualTo(DEFAULT.exclusions().stream().mapToLong(e -> e.categories().size() + e.items().size()).sum());
    }

    @Test
    void reloadingFromTheTablesGivesAnEqualRuleSetAndTheSameOutcomes() {
        repository().open();

        RuleSet reloaded = repository().load();

        assertThat(reloaded).isEqualTo(DEFAULT);
        RuleEngine fromJson = new RuleEngine(DEFAULT);
        RuleEngine fromTables = new RuleEngine(reloaded);
        int compared = 0;
        for (MassageType massage : DEFAULT.massageTypes()) {
            for (int soreness = 0; soreness <= 10; soreness++) {
                for (PainQuality quality : PainQuality.values()) {
                    for (double hours : new double[]{0, 24, 25, 48, 49, 72, 73}) {
                        Assessment a = new Assessment(massage.id(), soreness, quality, hours, soreness > 2 ? soreness - 2 : null,
                                soreness % 3 == 0 ? Set.of("dehydrated", "little-rest") : Set.of("sensitive"),
                                soreness == 9 ? Set.of("fever") : Set.of(),
                                hours == 25 ? Set.of("blood-thinners", "reduced-sensation") : Set.of());
                        assertThat(fromTables.assess(a)).isEqualTo(fromJson.assess(a));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(11 * 11 * 2 * 7);
    }

    @Test
    void aSecondOpenDoesNotImportAgain() throws SQLException {
        repository().open();
        String importedAt = text("SELECT imported_at FROM rule_set");
        database.close();

        database = store.open(where);
        RuleSet again = repository().open();

        assertThat(again).isEqualTo(DEFAULT);
        assertThat(count("SELECT COUNT(*) FROM rule_set")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM massage_type")).isEqualTo(11);
        assertThat(text("SELECT imported_at FROM rule_set")).isEqualTo(importedAt);
    }

    @Test
    void aBrokenRuleSetIsRefusedListingEveryBadRowAndTheLastGoodOneStays() throws SQLException {
        RuleSetRepository repository = repository();
        RuleSet good = repository.open();
        update("UPDATE massage_type SET base_band = 'HUGE' WHERE id = 'thai'");
        update("UPDATE severity SET to_score = 2 WHERE id = 'mild'");
        update("UPDATE plan_item SET body = '' WHERE id = 'hydration.water'");
        update("UPDATE band_rule SET when_json = '{\"severityIn\": [\"moderate\"], \"typo\": 1}' WHERE id = 'band.severity.moderate'");
        update("UPDATE exclusion_target SET plan_item_id = 'device.sauna' WHERE exclusion_id = 'omit.condition.pacemaker'");

        RuleSetException refused = catchThrowableOfType(RuleSetException.class, repository::load);

        assertThat(refused.problems()).hasSize(6).anySatisfy(p -> assertThat(p).contains("massageTypes[thai]").contains("HUGE"))
                .anySatisfy(p -> assertThat(p).contains("soreness 3 is in no cut-point"))
                .anySatisfy(p -> assertThat(p).contains("planItems[hydration.water]: text is empty"))
                .anySatisfy(p -> assertThat(p).contains("bandRules[band.severity.moderate]: when is not a readable condition"))
                .anySatisfy(p -> assertThat(p).contains("exclusions[omit.condition.pacemaker]").contains("device.sauna"))
                .anySatisfy(p -> assertThat(p).contains("conditions[pacemaker]: must remove device.percussion-gun (safety floor)"));
        assertThat(refused.getMessage()).contains("6 problems");
        assertThat(repository.current()).isSameAs(good);
    }

    @Test
    void aStoredConditionWithAFractionWhereAWholeNumberBelongsIsRefusedNotCut() throws SQLException {
        RuleSetRepository repository = repository();
        RuleSet good = repository.open();
        update("UPDATE band_rule SET when_json = '{\"minFactors\": 2.5}' WHERE id = 'band.severity.moderate'");

        RuleSetException refused = catchThrowableOfType(RuleSetException.class, repository::load);

        assertThat(refused.problems()).contains(
                "bandRules[band.severity.moderate]: when is not a readable condition: minFactors: must be a whole number");
        assertThat(repository.current()).isSameAs(good);
    }

    @Test
    void atStartUpARefusedActiveSetFallsBackToTheNewestSoundOne() throws SQLException {
        repository().open();
        RuleSet edited = repository().importJson(DEFAULT_JSON.replace("\"2026.11-2\"", "\"clinic-2\""));
        assertThat(edited.version()).isEqualTo("clinic-2");
        update("UPDATE band SET label = ' ' WHERE id = 'LIGHT' AND rule_set_id = (SELECT id FROM rule_set WHERE version = 'clinic-2')");

        RuleSetRepository restarted = repository();
        RuleSet inUse = restarted.open();

        assertThat(inUse.version()).isEqualTo(DEFAULT.version());
        assertThat(inUse).isEqualTo(DEFAULT);
        assertThat(restarted.refusedProblems()).containsExactly("bands[LIGHT]: label is empty");
    }

    @Test
    void importJsonStoresAValidRuleSetAsTheActiveOne() throws SQLException {
        RuleSetRepository repository = repository();
        repository.open();
        String json = DEFAULT_JSON.replace("\"2026.11-2\"", "\"clinic-2\"").replace("\"name\": \"Thai\"", "\"name\": \"Thai yoga\"");

        RuleSet imported = repository.importJson(json);

        assertThat(repository().load()).isEqualTo(imported);
        assertThat(imported.massageType("thai").name()).isEqualTo("Thai yoga");
        assertThat(count("SELECT COUNT(*) FROM rule_set")).isEqualTo(2);
        assertThat(text("SELECT version FROM rule_set WHERE active = TRUE")).isEqualTo("clinic-2");
        assertThat(text("SELECT source FROM rule_set WHERE active = TRUE")).isEqualTo("imported");
    }

    @Test
    void importJsonRefusesABrokenRuleSetAndWritesNothing() throws SQLException {
        RuleSetRepository repository = repository();
        repository.open();
        String broken = DEFAULT_JSON.replace("\"2026.11-2\"", "\"broken-1\"")
                .replace("\"baseBand\": \"MODERATE\"}", "\"baseBand\": \"MEDIUM\"}")
                .replace("\"from\": 7, \"to\": 10", "\"from\": 6, \"to\": 10");

        RuleSetException refused = catchThrowableOfType(RuleSetException.class, () -> repository.importJson(broken));

        assertThat(refused.problems()).contains("massageTypes[thai]: baseBand refers to unknown id MEDIUM",
                "severities: soreness 6 is in more than one cut-point (overlap: moderate, severe)");
        assertThat(count("SELECT COUNT(*) FROM rule_set")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM massage_type")).isEqualTo(11);
        assertThat(repository.current()).isEqualTo(DEFAULT);
        assertThat(repository().load()).isEqualTo(DEFAULT);
    }

    @Test
    void importJsonOfANameThatIsAlreadyStoredStoresANewVersionNamedWithItsNumber() throws SQLException {
        RuleSetRepository repository = repository();
        repository.open();

        RuleSet again = repository.importJson(DEFAULT_JSON.replace("\"name\": \"Thai\"", "\"name\": \"Thai yoga\""));

        // a plan, a check-in and a sheet record this name, so it must tell the two versions apart
        assertThat(again.version()).isEqualTo("2026.11-2+2");
        assertThat(repository().load()).isEqualTo(again);
        assertThat(count("SELECT COUNT(*) FROM rule_set")).isEqualTo(2);
        assertThat(text("SELECT version FROM rule_set WHERE version_no = 1")).isEqualTo("2026.11-2");
    }

    @Test
    void aLaterStartReadsOnlyTheBundledVersionAndJudgesWithTheStoredValidatedSet() throws SQLException {
        repository().open();
        // Same version, but the text past it is not a rule set: a start must not need to parse it.
        String sameVersionOnly = "{\"version\": \"2026.11-2\", \"bands\": [ this is not JSON";

        RuleSet opened = new RuleSetRepository(database.dataSource(), sameVersionOnly).open();

        assertThat(opened).isEqualTo(DEFAULT);
        assertThat(opened.in("de").redFlag("fever").label()).isEqualTo("Rückenschmerzen mit Fieber");
        assertThat(count("SELECT COUNT(*) FROM rule_set")).isEqualTo(1);
        // ... while the stored set is still validated on every read: a broken row is refused as before
        update("UPDATE band SET label = ' ' WHERE id = 'LIGHT'");
        RuleSetRepository again = new RuleSetRepository(database.dataSource(), DEFAULT_JSON);
        assertThat(again.open()).isEqualTo(DEFAULT);
        assertThat(again.refusedProblems()).containsExactly("bands[LIGHT]: label is empty");
    }

    @Test
    void aNewerBundledRuleSetReplacesAnOlderBundledOneButNeverAnImportedOne() throws SQLException {
        repository().open();
        String newer = DEFAULT_JSON.replace("\"2026.11-2\"", "\"2027.01-1\"");

        RuleSet upgraded = new RuleSetRepository(database.dataSource(), newer).open();
        assertThat(upgraded.version()).isEqualTo("2027.01-1");

        repository().importJson(DEFAULT_JSON.replace("\"2026.11-2\"", "\"mine-1\""));
        String newest = DEFAULT_JSON.replace("\"2026.11-2\"", "\"2027.02-1\"");
        RuleSet kept = new RuleSetRepository(database.dataSource(), newest).open();

        assertThat(kept.version()).isEqualTo("mine-1");
        assertThat(count("SELECT COUNT(*) FROM rule_set")).isEqualTo(3);
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(sql)) {
            assertThat(s.executeUpdate()).isPositive();
        }
    }

    private static String resource(String name) {
        try (InputStream in = RuleSetRepositoryTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
