package com.ublives.recovery.content.screen;

import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.clinic.screen.ClinicScreen;
import com.ublives.recovery.clinic.screen.PreviewViewModel;
import com.ublives.recovery.clinic.screen.SheetOutput;
import com.ublives.recovery.clinic.screen.SheetPages;
import com.ublives.recovery.clinic.screen.SheetPrinter;
import com.ublives.recovery.content.ContentService;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import javafx.scene.Parent;

import java.time.Clock;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;

/**
 * The Content screen (issue 14): the clinic's own rule set, edited in forms, previewed on a sample
 * assessment and its sheet, saved as versions, with the history to go back to. Builds the view models
 * from the services and the view from them.
 */
public final class ContentScreen {

    /** What the screen is built from; App passes the real ones, tests fakes where they need. */
    public record Parts(ContentService content, ClinicService clinic, SheetPages pages, SheetPrinter printer,
                        DialogService dialogs, BackgroundTasks tasks, Executor fxThread, ResourceBundle texts, Clock clock) {
    }

    /** The view models, for tests that drive or inspect them. */
    public record Models(ContentViewModel editor, SamplePreviewViewModel preview) {
    }

    private final Parent root;
    private final Models models;

    private ContentScreen(Parent root, Models models) {
        this.root = root;
        this.models = models;
    }

    public Parent root() {
        return root;
    }

    public Models models() {
        return models;
    }

    public static ContentScreen create(Parts p) {
        ContentViewModel editor = new ContentViewModel(p.content(), p.tasks(), p.dialogs(), p.texts());
        PreviewViewModel sheet = new PreviewViewModel(null, p.pages(),
                new SheetOutput(p.pages(), p.printer(), p.dialogs(), p.tasks(), p.fxThread(), p.texts()),
                p.dialogs(), p.tasks(), p.texts());
        SamplePreviewViewModel preview = new SamplePreviewViewModel(p.content(), p.clinic(), sheet, editor.draftProperty(),
                editor.soundProperty(), editor.dirtyProperty(), p.texts(), p.clock());
        Models models = new Models(editor, preview);
        Parent root = new ContentView(editor, preview, ClinicScreen.previewPane(sheet, p.texts()), p.texts()).root();
        editor.load();
        return new ContentScreen(root, models);
    }
}
