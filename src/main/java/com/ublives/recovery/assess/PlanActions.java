package com.ublives.recovery.assess;

import com.ublives.recovery.clinic.screen.SheetPrinter;
import com.ublives.recovery.journal.JournalService;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;

import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

/**
 * What the plan screen can do with a plan beyond showing it: keep it in the journal (and then open the
 * journal at the new recovery), save it on paper as a PDF in a file the person picks, and print it through the
 * system's print dialog (the clinic's printer, {@code fx} the FX thread for the printing's progress).
 */
public record PlanActions(JournalService journal, BackgroundTasks tasks, LongConsumer openInJournal,
                          DialogService dialogs, SheetPrinter printer, Executor fx) {
}
