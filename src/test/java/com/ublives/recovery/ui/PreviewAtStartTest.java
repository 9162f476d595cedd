package com.ublives.recovery.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.stage.Screen;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sheet previewed in the real window as soon as it is up, while start-up work (the other screens' reads,
 * the sheets' warm-up) is still going: the page comes, drawn for the screen's pixels and shown at its size
 * on paper, with the sheet's title.
 */
@Tag("ui")
class PreviewAtStartTest {

    @RegisterExtension
    final RealAppExtension real = new RealAppExtension();
    private RealApp app;

    @Test
    void aSheetPreviewedDuringStartUpAppearsDrawnForTheScreen() throws Exception {
        app = real.start(1280, 900);

        app.show("Clinic");
        app.await(() -> !app.node("#sessionList", ListView.class).getItems().isEmpty());
        app.robot().interact(() -> {
            app.node("#sessionList", ListView.class).getSelectionModel().select(0);
            app.node("#previewButton", Button.class).fire();
        });
        app.await(() -> shown("#pageView", ImageView.class).getImage() != null);

        ImageView page = shown("#pageView", ImageView.class);
        double scale = Screen.getPrimary().getOutputScaleX();
        // A4 (595.28 pt wide) at 96 DPI times the screen's scale: the pixels the window shows, not more
        assertThat(page.getImage().getWidth()).isEqualTo(Math.floor(595.28 * 96 * Math.max(1, scale) / 72));
        // shown at its size on paper (96 an inch of the window) where the pane has the room
        assertThat(page.getFitWidth()).isLessThanOrEqualTo(595.28 * 96 / 72).isGreaterThan(400);
        assertThat(shown("#titleLabel", Label.class).getText()).contains(" · A4");
    }

    /** The clinic's node, not the Content screen's preview of the same make. */
    private <T extends javafx.scene.Node> T shown(String query, Class<T> type) {
        return app.robot().lookup(query).match(org.testfx.util.NodeQueryUtils.isVisible()).queryAs(type);
    }
}
