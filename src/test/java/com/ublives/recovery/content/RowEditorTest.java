package com.ublives.recovery.content;

import com.ublives.recovery.Services;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleSetJson;
import com.ublives.recovery.rules.RuleSetValidator;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Content screen's editing without a screen: forms applied to a draft, problems on their fields, the floor kept. */
class RowEditorTest {

    private static final RuleSet BUNDLED = RuleSetJson.parse(Services.defaultRules());

    private static Entry entry(RuleSet r, Section section, String id) {
        return RowEditor.entries(r).stream().filter(e -> e.section() == section && e.id().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, String> form(RuleSet r, Entry e, String... changes) {
        Map<String, String> values = new LinkedHashMap<>(RowEditor.values(r, e));
        for (int i = 0; i < changes.length; i += 2) {
            values.put(changes[i], changes[i + 1]);
        }
        return values;
    }

    @Test
    void aNewMassageTypeWithItsBandIsASoundDraft() {
        RowEditor.Added added = RowEditor.add(BUNDLED, Section.MASSAGES);
        RowEditor.Applied applied = RowEditor.apply(added.draft(), added.entry(),
                form(added.draft(), added.entry(), "id", "cupping", "name", "Cupping", "baseBand", "MODERATE"));
        assertThat(applied.clean()).as(applied.fieldProblems() + " " + applied.otherProblems()).isTrue();
        assertThat(applied.draft().massageType("cupping").baseBand()).isEqualTo("MODERATE");
        assertThat(RuleSetValidator.validate(applied.draft())).isEmpty();
    }

    @Test
    void aBadIdAnEmptyNameAndAWordForAnHourAreNamedOnTheirFields() {
        RowEditor.Added added = RowEditor.add(BUNDLED, Section.MASSAGES);
        RowEditor.Applied badId = RowEditor.apply(added.draft(), added.entry(),
                form(added.draft(), added.entry(), "id", "Cupping!", "name", ""));
        assertThat(badId.fieldProblems()).containsEntry("id", "use lower-case letters, digits and hyphens, e.g. cupping")
                .containsKey("name");

        Entry moderate = entry(BUNDLED, Section.BANDS, "MODERATE");
        RowEditor.Applied hours = RowEditor.apply(BUNDLED, moderate, form(BUNDLED, moderate, "minHours", "a day"));
        assertThat(hours.fieldProblems()).containsEntry("minHours", "Must be a whole number, e.g. 24");
    }

    @Test
    void aRedFlagLoweredBelowTheBundledLevelIsAProblemOnItsLevelAndRaisingItIsFine() {
        Entry calf = entry(BUNDLED, Section.RED_FLAGS, "calf-swelling");
        RowEditor.Applied lowered = RowEditor.apply(BUNDLED, calf, form(BUNDLED, calf, "level", "CAUTION"));
        assertThat(lowered.fieldProblems().get("level")).contains("below the safety floor's URGENT").contains("never lowered");
        RowEditor.Applied raised = RowEditor.apply(BUNDLED, calf, form(BUNDLED, calf, "level", "EMERGENCY"));
        assertThat(raised.clean()).isTrue();
    }

    @Test
    void theFloorsRowsAreNeverDeletedAndTheRefusalSaysWhy() {
        RowEditor.Deleted flag = RowEditor.delete(BUNDLED, entry(BUNDLED, Section.RED_FLAGS, "calf-swelling"));
        assertThat(flag.draft()).isNull();
        assertThat(flag.refusal()).isEqualTo("This is part of the safety floor, which every rule set keeps, so it cannot"
                + " be deleted. The safety floor needs it at level URGENT or higher.");
        RowEditor.Deleted warning = RowEditor.delete(BUNDLED, entry(BUNDLED, Section.WARNINGS, "sharp-pain"));
        assertThat(warning.draft()).isNull();
        assertThat(warning.refusal()).startsWith("Bands, cut-points and warnings can be reworded");

        RowEditor.Added added = RowEditor.add(BUNDLED, Section.FACTORS);
        RowEditor.Deleted own = RowEditor.delete(added.draft(), added.entry());
        assertThat(own.refusal()).isNull();
        assertThat(own.draft().factors()).hasSameSizeAs(BUNDLED.factors());
    }

    @Test
    void aPlanItemRemovedByAConditionWritesAnExclusionAndReadsItBack() {
        RowEditor.Added added = RowEditor.add(BUNDLED, Section.PLAN_ITEMS);
        String condition = BUNDLED.conditions().get(0).id();
        RowEditor.Applied applied = RowEditor.apply(added.draft(), added.entry(), form(added.draft(), added.entry(),
                "id", "active-rest.cupping-marks", "title", "Cupping marks", "removedBy", condition));
        assertThat(applied.clean()).as(applied.fieldProblems() + " " + applied.otherProblems()).isTrue();
        Entry item = entry(applied.draft(), Section.PLAN_ITEMS, "active-rest.cupping-marks");
        assertThat(RowEditor.values(applied.draft(), item)).containsEntry("removedBy", condition)
                .containsEntry("title", "Cupping marks");
    }
}
