package com.ublives.recovery.planner;

import com.ublives.recovery.Services;
import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.Level;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleSetJson;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What is kept is judged in the rule set's own words; what is read is put into the words of the language spoken. */
class SpokenWarningsTest {

    private final RuleSet own = RuleSetJson.parse(Services.defaultRules());
    private final PlannerService planner = new PlannerService(own);
    private final Assessment sharp = new Assessment("deep-tissue", 6, PainQuality.SHARP, 30, null, Set.of(),
            Set.of("calf-swelling"), Set.of());

    @Test
    void aReadingToKeepIsJudgedInTheRuleSetsOwnWordsWhateverIsSpoken() {
        planner.speak("de");
        List<Outcome.Warning> kept = planner.assessToKeep(sharp).warnings();
        assertThat(kept).isNotEmpty().allSatisfy(w -> assertThat(w.message()).isEqualTo(own.warningMessage(w.code())));
        assertThat(planner.assess(sharp).warnings()).extracting(Outcome.Warning::message)
                .as("what is shown now is German").doesNotContainAnyElementsOf(kept.stream().map(Outcome.Warning::message).toList());
    }

    @Test
    void storedWarningsAreReadInTheLanguageSpokenAndLeftAsTheyAreInTheRuleSetsOwn() {
        List<Outcome.Warning> kept = planner.assessToKeep(sharp).warnings();
        assertThat(planner.spoken(kept)).isEqualTo(kept);
        planner.speak("de");
        assertThat(planner.spoken(kept)).extracting(Outcome.Warning::message)
                .containsExactlyElementsOf(kept.stream().map(w -> own.in("de").warningMessage(w.code())).toList());
        assertThat(planner.spoken(planner.spoken(kept))).as("read twice, still German").isEqualTo(planner.spoken(kept));
    }

    @Test
    void warningsStoredInGermanBeforeTheyWereKeptInTheRuleSetsOwnWordsReadInEnglishInEnglish() {
        planner.speak("de");
        List<Outcome.Warning> germanBefore = planner.assess(sharp).warnings();
        planner.speak("en");
        assertThat(planner.spoken(germanBefore)).isEqualTo(planner.assess(sharp).warnings());
    }

    @Test
    void aWarningWhoseWordsHaveChangedSinceKeepsTheWordsItWasGiven() {
        planner.speak("de");
        Outcome.Warning older = new Outcome.Warning(Level.CAUTION, "sharp-pain", "Sharp pain: words of an older rule set.");
        Outcome.Warning gone = new Outcome.Warning(Level.CAUTION, "a-rule-since-removed", "What that rule said.");
        assertThat(planner.spoken(List.of(older, gone))).containsExactly(older, gone);
    }
}
