package com.ublives.recovery.journal.screen;

import com.ublives.recovery.Services;
import com.ublives.recovery.journal.NewCheckIn;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleSetJson;
import com.ublives.recovery.ui.RealApp;
import com.ublives.recovery.ui.RealAppExtension;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check-in keeps its warnings in the rule set's own words, whichever language the desk that saved it spoke,
 * and every window reads them in its own language: a German desk's check-in reads in English in an English
 * window, and an English one in German in a German window. Before, the warnings were stored in the language
 * of the desk that saved them, and an English window showed German sentences among English ones.
 */
@Tag("ui")
class StoredWarningsLanguageTest {

    private static final RuleSet OWN = RuleSetJson.parse(Services.defaultRules());
    private static final RuleSet GERMAN = OWN.in("de");
    private static final List<String> CODES = List.of("red-flag.calf-swelling", "sharp-pain");

    @RegisterExtension
    final RealAppExtension real = new RealAppExtension();
    private RealApp app;

    @Test
    void aCheckInSavedInGermanReadsInEnglishInAnEnglishWindow() throws Exception {
        keepACheckInSpeaking("de");
        app = real.start(1280, 900);
        assertThat(warningsShown()).containsAll(texts(OWN)).noneMatch(t -> texts(GERMAN).stream().anyMatch(t::contains));
    }

    @Test
    void aCheckInSavedInEnglishReadsInGermanInAGermanWindow() throws Exception {
        keepACheckInSpeaking("en");
        app = real.start(1280, 900, "language=de");
        assertThat(warningsShown()).containsAll(texts(GERMAN)).noneMatch(t -> texts(OWN).stream().anyMatch(t::contains));
    }

    /** The messages the engine gives for the check-in's red flag and sharp pain, in these texts; never the same in both. */
    private static List<String> texts(RuleSet rules) {
        List<String> texts = CODES.stream().map(rules::warningMessage).toList();
        assertThat(texts).doesNotContainNull().doesNotContainAnyElementsOf(CODES.stream()
                .map((rules == OWN ? GERMAN : OWN)::warningMessage).toList());
        return texts;
    }

    private void keepACheckInSpeaking(String language) throws Exception {
        Files.writeString(real.dir().resolve("journal-seeded"), ""); // only this recovery in the journal
        try (Services services = Services.open(real.dir())) {
            services.planner().speak(language);
            Instant now = Instant.now();
            var recovery = services.journal().addRecovery(NewRecovery.of("deep-tissue", now.minus(Duration.ofHours(30))));
            services.journal().checkIn(NewCheckIn.of(recovery.id(), now, 6).withQuality(PainQuality.SHARP)
                    .withRedFlags(List.of("calf-swelling")));
        }
    }

    /** What the journal's detail says the latest reading was told, line by line (level, then the message). */
    private List<String> warningsShown() {
        app.show("Journal");
        ListView<?> list = app.node("#recoveryList", ListView.class);
        app.robot().interact(() -> list.getSelectionModel().select(0));
        VBox lines = app.node("#detailWarnings", VBox.class);
        app.await(() -> lines.getChildren().size() >= CODES.size());
        AtomicReference<List<String>> shown = new AtomicReference<>();
        app.robot().interact(() -> shown.set(lines.getChildren().stream().map(n -> ((Label) n).getText()).toList()));
        return shown.get().stream().map(t -> t.substring(t.indexOf(": ") + 2)).toList();
    }
}
