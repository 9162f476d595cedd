package com.ublives.recovery.rules;

import com.ublives.recovery.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static com.ublives.recovery.rules.DefaultRules.JSON;
import static com.ublives.recovery.rules.DefaultRules.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule set's texts in German travel in the rule set and replace the English ones in {@link RuleSet#in}. */
class RuleTranslationsTest {

    @Test
    void everyTextOfTheBundledRuleSetIsInGerman() {
        assertThat(RULES.translations().missing(RULES, "de")).isEmpty();
    }

    @Test
    void theLanguagesATranslationMayBeInAreTheAppsOwnButEnglish() {
        assertThat(RuleTranslations.LANGUAGES).containsExactlyInAnyOrderElementsOf(Arrays.stream(Language.values())
                .filter(l -> l != Language.ENGLISH).map(Language::code).toList());
    }

    @Test
    void inGermanEveryTextAPersonReadsIsGermanAndTheRulesAreTheSame() {
        RuleSet de = RULES.in("de");
        assertThat(de.redFlag("fever").label()).isEqualTo("Rückenschmerzen mit Fieber");
        assertThat(de.redFlag("fever").level()).isEqualTo(Level.URGENT);
        assertThat(de.band("MODERATE").course()).isEqualTo("Klingt meist innerhalb von 24–48 h ab");
        assertThat(de.band("LINGERING").course()).isEqualTo("Kann 48–72 Stunden oder länger anhalten");
        assertThat(de.massageType("deep-tissue").name()).isEqualTo("Tiefengewebsmassage");
        assertThat(de.severityOf(5).label()).isEqualTo("mittel");

        Outcome o = new RuleEngine(de).assess(new Assessment("deep-tissue", 8, PainQuality.SHARP, 30, null,
                java.util.Set.of(), java.util.Set.of("fever"), java.util.Set.of("blood-thinners")));
        Outcome en = new RuleEngine(RULES).assess(o.assessment());
        assertThat(o.warnings().stream().map(Outcome.Warning::code)).containsExactlyElementsOf(
                en.warnings().stream().map(Outcome.Warning::code).toList());
        assertThat(o.plan().stream().map(Outcome.PlannedItem::id)).containsExactlyElementsOf(
                en.plan().stream().map(Outcome.PlannedItem::id).toList());
        assertThat(o.warnings()).allSatisfy(w -> assertThat(w.message()).doesNotContain("Contact", "doctor"));
        assertThat(o.plan()).allSatisfy(i -> assertThat(i.text()).isEqualTo(
                RULES.translations().text("de", "planItems", i.id(), "text")));
        java.util.List<String> germanReasons = RULES.exclusions().stream()
                .map(e -> RULES.translations().text("de", "exclusions", e.id(), "reason")).toList();
        assertThat(o.omitted()).isNotEmpty().allSatisfy(m -> assertThat(germanReasons).contains(m.reason()));
    }

    @Test
    void englishOrALanguageWithoutTextsIsTheRuleSetItself() {
        assertThat(RULES.in("en")).isSameAs(RULES);
        assertThat(RULES.in(null)).isSameAs(RULES);
    }

    @Test
    void aRowWithoutTranslationKeepsItsOwnText() {
        String json = JSON.replace("\"fever\": {\"label\": \"Rückenschmerzen mit Fieber\", ", "\"fever\": {");
        RuleSet rules = RuleSetJson.parse(json);
        assertThat(rules.in("de").redFlag("fever").label()).isEqualTo("Back pain with fever");
        assertThat(rules.in("de").redFlag("fever").action()).startsWith("Wenden Sie sich");
        assertThat(rules.translations().missing(rules, "de")).containsExactly("redFlags[fever].label");
    }

    @Test
    void translationsSurviveWritingAndReading() {
        RuleSet again = RuleSetJson.parse(RuleSetJson.write(RULES));
        assertThat(again.translations()).isEqualTo(RULES.translations());
        assertThat(again).isEqualTo(RULES);
    }

    @Test
    void anUnknownIdLanguagePartOrFieldIsRefusedNamingIt() {
        assertThatThrownBy(() -> RuleSetJson.parse(JSON.replace("\"fever\": {\"label\"", "\"fevr\": {\"label\"")))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("translations.de.redFlags[fevr]: the rule set has no such id in redFlags");
        assertThatThrownBy(() -> RuleSetJson.parse(JSON.replace("\"de\": {", "\"fr\": {")))
                .hasMessageContaining("translations.fr: unknown language; allowed: de");
        assertThatThrownBy(() -> RuleSetJson.parse(JSON.replace("\"severities\": {", "\"severity\": {")))
                .hasMessageContaining("translations.de.severity: unknown part; allowed: bands, massageTypes");
        assertThatThrownBy(() -> RuleSetJson.parse(JSON.replace("{\"label\": \"Schwanger\"}", "{\"lable\": \"Schwanger\"}")))
                .hasMessageContaining("translations.de.conditions[pregnancy]: unknown field \"lable\"; allowed: label");
        assertThatThrownBy(() -> RuleSetJson.parse(JSON.replace("{\"label\": \"Schwanger\"}", "{\"label\": \" \"}")))
                .hasMessageContaining("translations.de.conditions[pregnancy].label: is empty");
        assertThatThrownBy(() -> RuleSetJson.parse(JSON.replace("Kann {min}–{max} Stunden", "Kann 48 Stunden")))
                .hasMessageContaining("translations.de.bands[LINGERING].course: must name the hours as {min} and {max}");
    }
}
