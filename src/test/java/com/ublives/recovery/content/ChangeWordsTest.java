package com.ublives.recovery.content;

import com.ublives.recovery.Services;
import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.rules.Factor;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.PlanItem;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleSetDiff;
import com.ublives.recovery.rules.RuleSetJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What changed between two versions of the rules, in a clinic owner's words, English and German, ids beside. */
class ChangeWordsTest {

    private static final RuleSet BUNDLED = RuleSetJson.parse(Services.defaultRules());

    /** Cupping added, the "Drink water" text reworded, the first factor removed, the watch hours longer. */
    private static RuleSet edited() {
        List<MassageType> massages = new ArrayList<>(BUNDLED.massageTypes());
        massages.add(new MassageType("cupping", "Cupping", "MODERATE"));
        List<Factor> factors = new ArrayList<>(BUNDLED.factors());
        factors.remove(0);
        List<PlanItem> items = BUNDLED.planItems().stream().map(i -> i.id().equals("hydration.water")
                ? new PlanItem(i.id(), i.category(), i.title(), "Drink a glass of water now.", i.variants()) : i).toList();
        RuleSet r = BUNDLED;
        return new RuleSet(r.version(), 96, r.bands(), massages, r.severities(), factors, r.redFlags(), r.conditions(),
                r.bandRules(), r.warningRules(), items, r.exclusions(), r.translations());
    }

    @Test
    void eachChangeReadsAsASentenceWithTheIdBesideIt() {
        List<String> lines = new ChangeWords(Language.ENGLISH.messages()).describe(RuleSetDiff.between(BUNDLED, edited()));

        String water = BUNDLED.planItems().stream().filter(i -> i.id().equals("hydration.water")).findFirst().orElseThrow().text();
        assertThat(lines).containsExactly(
                "Changed the hours a recovery is watched: 72 \u2192 96",
                "Added massage type Cupping (cupping)",
                "Removed factor Muscles tight or inflamed before the session (tight-muscles)",
                "Changed the plan item 'Drink water' text: '" + water + "' \u2192 'Drink a glass of water now.' (hydration.water)");
    }

    @Test
    void inGermanTheSameChangesReadInGerman() {
        List<String> lines = new ChangeWords(Language.GERMAN.messages()).describe(RuleSetDiff.between(BUNDLED, edited()));

        assertThat(lines.get(0)).isEqualTo("Beobachtungsdauer einer Erholung in Stunden geändert: 72 \u2192 96");
        assertThat(lines.get(1)).isEqualTo("Massageart Cupping hinzugefügt (cupping)");
        assertThat(lines.get(2)).isEqualTo("Faktor Muscles tight or inflamed before the session entfernt (tight-muscles)");
        assertThat(lines.get(3)).startsWith("Planpunkt \u201eDrink water\u201c geändert, Text: '")
                .endsWith("' \u2192 'Drink a glass of water now.' (hydration.water)");
    }

    @Test
    void aNewOrderOfTheRowsReadsAsOneSentence() {
        List<MassageType> massages = new ArrayList<>(BUNDLED.massageTypes());
        massages.add(0, massages.remove(1));
        RuleSet r = BUNDLED;
        RuleSet reordered = new RuleSet(r.version(), r.watchHours(), r.bands(), massages, r.severities(), r.factors(),
                r.redFlags(), r.conditions(), r.bandRules(), r.warningRules(), r.planItems(), r.exclusions(), r.translations());

        List<String> lines = new ChangeWords(Language.ENGLISH.messages()).describe(RuleSetDiff.between(BUNDLED, reordered));

        assertThat(lines).singleElement().asString().startsWith("Changed the order of the massage types: swedish, ");
    }

    @Test
    void aChangedGermanTextIsOneSentenceNamingWhichText() {
        RuleSet r = BUNDLED;
        RuleSet noGerman = new RuleSet(r.version(), r.watchHours(), r.bands(), r.massageTypes(), r.severities(), r.factors(),
                r.redFlags(), r.conditions(), r.bandRules(), r.warningRules(), r.planItems(), r.exclusions());

        List<String> lines = new ChangeWords(Language.ENGLISH.messages()).describe(RuleSetDiff.between(BUNDLED, noGerman));

        assertThat(lines).contains("Changed the text in another language 'de.redFlags.fever' what to do: "
                + "'Wenden Sie sich heute noch an eine Ärztin oder einen Arzt.' → (none)");
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("{\""));
    }
}
