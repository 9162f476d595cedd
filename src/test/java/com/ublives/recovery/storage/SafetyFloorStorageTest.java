package com.ublives.recovery.storage;

import com.ublives.recovery.Services;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleSetException;
import com.ublives.recovery.rules.RuleSetJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The safety floor (docs/rules.md) held against rule set tables edited by hand, on a real H2 file:
 * an edited set that breaks it is refused naming every breach, and the last good set stays in use,
 * both while running ({@code load}) and at the next start ({@code open}).
 */
class SafetyFloorStorageTest {

    private static final String BUNDLED_JSON = Services.defaultRules();
    private static final RuleSet BUNDLED = RuleSetJson.parse(BUNDLED_JSON);

    @TempDir
    Path dir;
    private Database database;
    private RuleSetRepository repository;
    private RuleSet good;

    @BeforeEach
    void openWithTheBundledSet() {
        database = Database.open(dir);
        repository = new RuleSetRepository(database.dataSource(), BUNDLED_JSON);
        good = repository.open();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void deletingEveryBandRuleIsRefused() throws SQLException {
        update("DELETE FROM band_rule");

        assertRefusedNaming(
                "bandRules: no rule does what the safety floor's band.severity.moderate does (moderate soreness: at least MODERATE)",
                "bandRules: no rule does what the safety floor's band.severity.severe does (severe soreness: LINGERING)",
                "bandRules: no rule does what the safety floor's band.quality.sharp does (sharp pain: LINGERING)");
    }

    @Test
    void deletingEveryWarningRuleIsRefused() throws SQLException {
        update("DELETE FROM warning_rule");

        assertRefusedNaming(
                "warningRules[past-72-hours]: is missing; the safety floor needs it at level WARNING or higher",
                "warningRules[sharp-pain]: is missing; the safety floor needs it at level CAUTION or higher",
                "warningRules[severe-soreness]: is missing; the safety floor needs it at level CAUTION or higher",
                "warningRules[worsening]: is missing; the safety floor needs it at level CAUTION or higher");
    }

    @Test
    void loweringARedFlagFromEmergencyToInfoIsRefused() throws SQLException {
        update("UPDATE red_flag SET level = 'INFO' WHERE id = 'chest-pain-breathless'");

        assertRefusedNaming(
                "redFlags[chest-pain-breathless]: level INFO is below the safety floor's EMERGENCY; a level may be raised, never lowered");
    }

    @Test
    void wideningLightToTwoToThe31HoursIsRefused() throws SQLException {
        update("UPDATE band SET min_hours = 0, max_hours = 2147483647 WHERE id = 'LIGHT'");

        assertRefusedNaming(
                "bands[LIGHT]: hours must lie within 0–168 (safety floor), got 0–2147483647",
                "bands[MODERATE]: must start and end later than LIGHT (safety floor: LIGHT < MODERATE < LINGERING), got LIGHT 0–2147483647 h, MODERATE 24–48 h");
    }

    @Test
    void reorderingTheBandsIsRefused() throws SQLException {
        update("UPDATE band SET seq = 5 WHERE id = 'LIGHT'");

        assertRefusedNaming(
                "bands[LIGHT]: must start and end later than LINGERING (safety floor: LIGHT < MODERATE < LINGERING), got LINGERING 48–72 h, LIGHT 12–24 h",
                "bands[MODERATE]: must come after LIGHT (safety floor: LIGHT < MODERATE < LINGERING)");
    }

    @Test
    void loweringTheWarningPast72HoursIsRefused() throws SQLException {
        update("UPDATE warning_rule SET level = 'INFO' WHERE code = 'past-72-hours'");

        assertRefusedNaming(
                "warningRules[past-72-hours]: level INFO is below the safety floor's WARNING; a level may be raised, never lowered");
    }

    @Test
    void narrowingTheWorseningWarningIsRefused() throws SQLException {
        update("UPDATE warning_rule SET when_json = '{\"hoursAbove\": 1000, \"sorenessRiseAtLeast\": 2}' WHERE code = 'worsening'");

        assertRefusedNaming(
                "warningRules[worsening]: holds in fewer cases than the safety floor's {\"hoursAbove\":24.0,\"sorenessRiseAtLeast\":2}; "
                        + "its condition may be widened, never narrowed");
    }

    @Test
    void deletingARedFlagIsRefused() throws SQLException {
        update("DELETE FROM red_flag WHERE id = 'calf-swelling'");

        assertRefusedNaming("redFlags[calf-swelling]: is missing; the safety floor needs it at level URGENT or higher");
    }

    @Test
    void aConditionThatStopsRemovingItsItemIsRefused() throws SQLException {
        update("DELETE FROM exclusion WHERE id = 'omit.condition.blood-thinners'");

        assertRefusedNaming(
                "conditions[blood-thinners]: must remove device.percussion-gun (safety floor), but no exclusion for it does");
    }

    @Test
    void deletingAConditionIsRefused() throws SQLException {
        update("DELETE FROM exclusion WHERE id = 'omit.condition.pacemaker'");
        update("DELETE FROM health_condition WHERE id = 'pacemaker'");

        assertRefusedNaming("conditions[pacemaker]: is missing; the safety floor needs it, removing device.percussion-gun");
    }

    @Test
    void everyBreachOfOneEditIsNamedTogether() throws SQLException {
        update("DELETE FROM band_rule");
        update("DELETE FROM warning_rule");
        update("UPDATE red_flag SET level = 'INFO' WHERE id = 'bladder-bowel'");
        update("UPDATE band SET min_hours = 0, max_hours = 2147483647 WHERE id = 'LIGHT'");

        RuleSetException refused = catchThrowableOfType(RuleSetException.class, repository::load);

        assertThat(refused.problems()).hasSize(3 + 4 + 1 + 2);
        assertThat(refused.getMessage()).startsWith("The rule set was refused (10 problems):");
        assertThat(repository.current()).isSameAs(good);
    }

    /** Refused while running (the set in use stays), and again at the next start (the bundled set is used). */
    private void assertRefusedNaming(String... breaches) {
        RuleSetException refused = catchThrowableOfType(RuleSetException.class, repository::load);
        assertThat(refused).as("the edited rule set was accepted").isNotNull();
        assertThat(refused.problems()).containsExactly(breaches);
        assertThat(repository.current()).isSameAs(good);

        RuleSetRepository restarted = new RuleSetRepository(database.dataSource(), BUNDLED_JSON);
        assertThat(restarted.open()).isEqualTo(BUNDLED);
        assertThat(restarted.refusedProblems()).containsExactly(breaches);
    }

    private void update(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(sql)) {
            assertThat(s.executeUpdate()).isPositive();
        }
    }
}
