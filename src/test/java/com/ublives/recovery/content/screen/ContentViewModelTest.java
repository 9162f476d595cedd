package com.ublives.recovery.content.screen;

import com.ublives.recovery.Services;
import com.ublives.recovery.content.Entry;
import com.ublives.recovery.content.Section;
import com.ublives.recovery.ui.BackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** The Content screen's state without a toolkit (callbacks run on the worker): another desk's save is noticed and wins. */
class ContentViewModelTest {

    @TempDir
    Path dir;

    private Services services;
    private final ContentScreensTest.Dialogs dialogs = new ContentScreensTest.Dialogs();
    private ContentViewModel model;

    @BeforeEach
    void open() {
        services = Services.open(dir);
        model = new ContentViewModel(services.content(), new BackgroundTasks(Runnable::run), dialogs,
                ResourceBundle.getBundle("i18n.messages"));
        model.load().join();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anotherDesksSaveIsNoticedAndTheSecondSaveIsRefusedWithNothingLost() {
        Entry thai = model.entries().stream().filter(e -> e.section() == Section.MASSAGES && e.id().equals("thai"))
                .findFirst().orElseThrow();
        model.selectedProperty().set(thai);
        model.value("name").set("Thai yoga");
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.changes()).containsExactly("Changed the massage type 'Thai' name: 'Thai' \u2192 'Thai yoga' (thai)");

        // another desk saves the bundled rules again meanwhile
        services.content().reset("front desk", services.content().changes());
        model.checkOtherDesks().join();
        assertThat(model.otherDeskProperty().get()).startsWith("Another desk changed the rules");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> model.save().join())
                .hasCauseInstanceOf(com.ublives.recovery.rules.RuleSetChangedException.class);
        assertThat(model.statusProperty().get()).contains("nothing was saved");
        assertThat(services.content().versions()).hasSize(2);
        assertThat(services.planner().ruleSet().massageType("thai").name()).isEqualTo("Thai");
        assertThat(dialogs.errors).hasSize(1);

        model.load().join();
        assertThat(model.otherDeskProperty().get()).isEmpty();
        assertThat(model.inUseProperty().get()).isEqualTo("In use: version 2 (2026.11-2+2)");
    }
}
