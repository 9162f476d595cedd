package com.ublives.recovery.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The saved name follows the file type chosen in the chooser, without undoing what the person typed. */
class SaveNameTest {

    private static final DialogService.FileType JSON = new DialogService.FileType("JSON", List.of("*.json"));
    private static final DialogService.FileType CSV = new DialogService.FileType("CSV", List.of("*.csv"));
    private static final List<DialogService.FileType> BOTH = List.of(JSON, CSV);
    private static final String SUGGESTED = "recovery-journal-2026-11-26.json";

    private static String fit(String chosen, DialogService.FileType selected) {
        return SaveName.fit(Path.of("/tmp", chosen), SUGGESTED, selected.patterns(), BOTH).getFileName().toString();
    }

    @Test
    void theSuggestedNameTakesTheEndingOfTheTypeChosen() {
        assertThat(fit(SUGGESTED, CSV)).isEqualTo("recovery-journal-2026-11-26.csv");
        assertThat(fit(SUGGESTED, JSON)).isEqualTo(SUGGESTED);
    }

    @Test
    void aNameWithoutAnOfferedEndingGetsTheChosenOne() {
        assertThat(fit("journal", CSV)).isEqualTo("journal.csv");
        assertThat(fit("journal.txt", JSON)).isEqualTo("journal.txt.json");
    }

    @Test
    void anOfferedEndingThePersonTypedIsKept() {
        assertThat(fit("mine.json", CSV)).isEqualTo("mine.json");
        assertThat(fit("Mine.CSV", CSV)).isEqualTo("Mine.CSV");
    }
}
