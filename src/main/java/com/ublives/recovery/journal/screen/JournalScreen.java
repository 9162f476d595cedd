package com.ublives.recovery.journal.screen;

import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.journal.JournalService;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.FxDialogService;
import com.ublives.recovery.ui.Fxml;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Window;

import java.util.ResourceBundle;
import java.util.function.Supplier;

/** Loads the journal screen (FXML + controllers) around its view model, and wires it for the app. */
public final class JournalScreen {

    private JournalScreen() {
    }

    /**
     * The journal for the app: dialogs and notifications owned by the window that holds inWindow, and
     * the reminder clock (first check once the window is laid out, then every minute until it closes).
     */
    public static Parent create(JournalService journal, PlannerService planner, BackgroundTasks tasks,
                                Node inWindow, ResourceBundle texts) {
        return build(journal, planner, tasks, inWindow, texts).root();
    }

    /** The screen and its view model, for a window that opens the journal at a recovery from elsewhere. */
    public record Built(Parent root, JournalViewModel model) {
    }

    public static Built build(JournalService journal, PlannerService planner, BackgroundTasks tasks,
                              Node inWindow, ResourceBundle texts) {
        Supplier<Window> owner = () -> inWindow.getScene() == null ? null : inWindow.getScene().getWindow();
        JournalViewModel model = new JournalViewModel(journal, planner, tasks, new FxDialogService(owner),
                new FxNotifier(owner), texts);
        Parent screen = load(model, texts);
        ReminderClock.start(inWindow, model::refresh);
        return new Built(screen, model);
    }

    public static Parent load(JournalViewModel model, ResourceBundle texts) {
        MassageFormController massageController = new MassageFormController(model);
        CheckInFormController checkInController = new CheckInFormController(model);
        Node massageForm = Fxml.load(JournalScreen.class, "MassageForm.fxml", texts, massageController).root();
        Node checkInForm = Fxml.load(JournalScreen.class, "CheckInForm.fxml", texts, checkInController).root();
        return Fxml.load(JournalScreen.class, "Journal.fxml", texts, new JournalController(model, texts,
                massageForm, massageController::focusFirst, checkInForm, checkInController::focusFirst)).root();
    }
}
