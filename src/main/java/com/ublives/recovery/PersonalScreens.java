package com.ublives.recovery;

import com.ublives.recovery.assess.AssessmentScreen;
import com.ublives.recovery.assess.AssessmentViewModel;
import com.ublives.recovery.assess.PlanActions;
import com.ublives.recovery.clinic.screen.FxSheetPrinter;
import com.ublives.recovery.clinic.screen.SheetPrinter;
import com.ublives.recovery.journal.screen.JournalScreen;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.MainWindow;
import javafx.application.Platform;
import javafx.scene.Parent;

import java.time.Clock;
import java.util.ResourceBundle;

/**
 * The person's own screens, the assessment and the journal, joined: a plan kept from the assessment screen
 * opens in the journal. Apart from the window's start, so that a screen test wires them exactly as the window does.
 */
final class PersonalScreens {

    private PersonalScreens() {
    }

    /**
     * Adds both to the window. Returns what stops their following the rules in use, for when the
     * window's content is replaced.
     */
    static Runnable add(MainWindow window, Services opened, BackgroundTasks tasks, ResourceBundle texts,
                                    Clock clock, DialogService dialogs) {
        return add(window, opened, tasks, texts, clock, dialogs, new FxSheetPrinter(dialogs));
    }

    /** The same with the printer the plan prints on (a test's, without a real one). */
    static Runnable add(MainWindow window, Services opened, BackgroundTasks tasks, ResourceBundle texts,
                                    Clock clock, DialogService dialogs, SheetPrinter printer) {
        return add(window, opened, tasks, texts, clock, dialogs, printer, null);
    }

    /** The same around the assessment form built while the data opened ({@code waiting}; null: build it now). */
    static Runnable add(MainWindow window, Services opened, BackgroundTasks tasks, ResourceBundle texts,
                                    Clock clock, DialogService dialogs, SheetPrinter printer, AssessmentScreen.Built waiting) {
        JournalScreen.Built[] journal = new JournalScreen.Built[1];
        Runnable[] showJournal = new Runnable[1];
        PlanActions actions = new PlanActions(opened.journal(), tasks, recoveryId -> {
            showJournal[0].run();
            journal[0].model().open(recoveryId);
        }, dialogs, printer, Platform::runLater);
        AssessmentViewModel assessment;
        Parent form;
        if (waiting != null) {
            assessment = waiting.model();
            assessment.connect(opened.planner(), actions);
            form = waiting.root();
        } else {
            assessment = new AssessmentViewModel(opened.planner(), texts, clock, actions);
            form = AssessmentScreen.load(assessment, texts);
        }
        window.addScreen(texts.getString("nav.assessment"), Icons.ASSESSMENT, form);
        showJournal[0] = window.addScreen(texts.getString("nav.journal"), Icons.JOURNAL, () -> {
            journal[0] = JournalScreen.build(opened.journal(), opened.planner(), tasks, window.root(), texts);
            return journal[0].root();
        });
        // Other rules in use (the Content screen, another desk, the command line): the forms follow at once.
        return opened.planner().whenRulesChange(rules -> Platform.runLater(() -> {
            assessment.useRules(rules);
            if (journal[0] != null) {
                journal[0].model().useRules(rules);
            }
        }));
    }
}
