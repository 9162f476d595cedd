package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.sheet.SheetContent;
import com.ublives.recovery.clinic.sheet.Unprintable;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.storage.SafeFile;
import com.ublives.recovery.ui.FailureText;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Saving and printing sheets, one or a whole day's, with progress and cancel; no nodes. Sheets are
 * gathered and drawn off the FX thread; dialogs are asked on it. A file that exists is replaced only
 * after the person said so, and a cancelled or failed save leaves no file behind.
 */
public final class SheetOutput {

    static final DialogService.FileType PDF = new DialogService.FileType("PDF", List.of("*.pdf"));

    private final SheetPages pages;
    private final SheetPrinter printer;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final Executor fx;
    private final ResourceBundle texts;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private CompletableFuture<Void> done = CompletableFuture.completedFuture(null);

    public SheetOutput(SheetPages pages, SheetPrinter printer, DialogService dialogs, BackgroundTasks tasks,
                       Executor fx, ResourceBundle texts) {
        this.pages = pages;
        this.printer = printer;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.fx = fx;
        this.texts = texts;
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** 0 to 1 while pages are made; -1 (indeterminate) while sheets are gathered. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** Gathers the sheets, asks for a file, and writes them as one PDF, a page each. */
    public CompletableFuture<Void> save(Callable<List<SheetContent>> sheets, String suggestedName) {
        return start(sheets, list -> {
            Optional<Path> chosen = dialogs.chooseFileToSave(texts.getString("clinic.save.title"), suggestedName, PDF);
            if (chosen.isEmpty()) {
                finish(texts.getString("clinic.save.notSaved"));
                return;
            }
            Path file = withPdfEnding(chosen.get());
            boolean replace = Files.exists(file);
            if (replace && !dialogs.confirm(texts.getString("clinic.replace.title"),
                    MessageFormat.format(texts.getString("clinic.replace.message"), file.getFileName()),
                    texts.getString("clinic.replace.action"))) {
                finish(texts.getString("clinic.save.notSaved"));
                return;
            }
            progress.set(0);
            status.set(MessageFormat.format(texts.getString("clinic.save.running"), list.size()));
            tasks.run(() -> {
                Unprintable[] leftOut = {Unprintable.NONE};
                try {
                    SafeFile.write(file, replace, out -> leftOut[0] = pages.renderer().renderBatch(list, out,
                            (page, total) -> fx.execute(() -> progress.set((double) page / total)), cancelled::get));
                } catch (FileAlreadyExistsException appeared) {
                    throw new com.ublives.recovery.i18n.PhrasedIOException(
                            com.ublives.recovery.i18n.Phrase.of("sheet.appeared", file.getFileName()), appeared);
                }
                return leftOut[0];
            }, leftOut -> finish(MessageFormat.format(texts.getString("clinic.save.done"), list.size(), file)
                    + (leftOut.isEmpty() ? "" : " " + MessageFormat.format(texts.getString("clinic.save.leftOut"), leftOut.listed()))),
                    this::failed);
        });
    }

    /** Gathers the sheets, shows the system's print dialog, and prints them as one job. */
    public CompletableFuture<Void> print(Callable<List<SheetContent>> sheets, String jobName) {
        return start(sheets, list -> {
            Optional<SheetPrinter.Run> run;
            try {
                run = printer.begin(list.get(0).paper(), jobName);
            } catch (IllegalStateException noPrinter) {
                failed(noPrinter);
                return;
            }
            if (run.isEmpty()) {
                finish(texts.getString("clinic.print.notPrinted"));
                return;
            }
            SheetPrinter.Run job = run.get();
            progress.set(0);
            status.set(MessageFormat.format(texts.getString("clinic.print.running"), list.size()));
            tasks.run(() -> {
                int page = 0;
                for (SheetContent sheet : list) {
                    if (cancelled.get()) {
                        job.cancel();
                        throw new CancellationException();
                    }
                    job.page(pages.image(sheet, job.dpi()));
                    int now = ++page;
                    fx.execute(() -> progress.set((double) now / list.size()));
                }
                if (!job.end()) {
                    throw new IllegalStateException(texts.getString("clinic.print.refused"));
                }
                return list.size();
            }, count -> finish(MessageFormat.format(texts.getString("clinic.print.done"), count)), this::failed);
        });
    }

    /** Stops between two pages; nothing is saved, and a print job is withdrawn. */
    public void cancel() {
        if (running.get()) {
            cancelled.set(true);
            status.set(texts.getString("clinic.output.cancelling"));
        }
    }

    private CompletableFuture<Void> start(Callable<List<SheetContent>> sheets, java.util.function.Consumer<List<SheetContent>> then) {
        if (running.get()) {
            return done;
        }
        done = new CompletableFuture<>();
        cancelled.set(false);
        running.set(true);
        progress.set(-1);
        status.set(texts.getString("clinic.output.preparing"));
        CompletableFuture<Void> mine = done;
        tasks.run(sheets, list -> {
            if (list.isEmpty()) {
                finish(texts.getString("clinic.output.nothing"));
            } else {
                then.accept(list);
            }
        }, this::failed);
        return mine;
    }

    private void finish(String message) {
        status.set(message);
        progress.set(0);
        running.set(false);
        done.complete(null);
    }

    private void failed(Throwable failure) {
        if (failure instanceof CancellationException) {
            finish(texts.getString("clinic.output.cancelled"));
            return;
        }
        String reason = FailureText.sentence(failure, texts);
        finish(reason);
        dialogs.showError(texts.getString("clinic.output.failed"), reason);
    }

    private static Path withPdfEnding(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }
}
