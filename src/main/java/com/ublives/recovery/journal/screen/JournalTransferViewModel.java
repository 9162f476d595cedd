package com.ublives.recovery.journal.screen;

import com.ublives.recovery.journal.JournalImport;
import com.ublives.recovery.journal.JournalService;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.ui.FailureText;
import com.ublives.recovery.ui.DialogService.FileType;
import com.ublives.recovery.storage.SafeFile;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Export and import of the whole journal from the window, as the command line does them. Choosers
 * and questions are asked on the FX thread; the file and the database are worked off it.
 */
public final class JournalTransferViewModel {

    private final JournalService journal;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ResourceBundle texts;
    private final Supplier<CompletableFuture<Void>> refresh;
    private final FileType json;
    private final FileType csv;

    JournalTransferViewModel(JournalService journal, BackgroundTasks tasks, DialogService dialogs, ResourceBundle texts,
                             Supplier<CompletableFuture<Void>> refresh) {
        this.journal = journal;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.refresh = refresh;
        this.json = new FileType(texts.getString("journal.file.json"), List.of("*.json"));
        this.csv = new FileType(texts.getString("journal.file.csv"), List.of("*.csv"));
    }

    /** JSON (everything, and importable) or CSV (for a spreadsheet), told by the ending of the chosen name. */
    public CompletableFuture<Void> export() {
        String suggested = "recovery-journal-" + LocalDate.now(journal.clock()) + ".json";
        Optional<Path> chosen = dialogs.chooseFileToSave(texts.getString("journal.export.title"), suggested,
                List.of(json, csv));
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Path file = chosen.get().toAbsolutePath();
        boolean asCsv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        boolean replace = Files.exists(file);
        if (replace && !dialogs.confirm(texts.getString("journal.replace.title"),
                MessageFormat.format(texts.getString("journal.replace.message"), file.getFileName()),
                texts.getString("journal.replace.action"))) {
            return CompletableFuture.completedFuture(null);
        }
        return tasks.apply(() -> {
            SafeFile.writeText(file, replace, out -> {
                if (asCsv) {
                    journal.exportCsv(out);
                } else {
                    journal.exportJson(out);
                }
            });
            return file;
        }, written -> dialogs.showInformation(texts.getString("journal.export.doneTitle"),
                MessageFormat.format(texts.getString("journal.export.done"), written)),
                failure -> dialogs.showError(texts.getString("journal.export.failed"), exportReason(failure, file)));
    }

    /** Adds the recoveries of a JSON export, all or none, leaving out what the journal holds; the dashboard is read again after. */
    public CompletableFuture<Void> importFile() {
        Optional<Path> chosen = dialogs.chooseFileToOpen(texts.getString("journal.import.title"), List.of(json));
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Path file = chosen.get();
        return tasks.chain(() -> {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return journal.importJson(in);
            }
        }, added -> refresh.get().thenRun(() -> informAbout(added)),
                failure -> dialogs.showError(texts.getString("journal.import.refused"),
                        MessageFormat.format(texts.getString("journal.import.refusedText"), file.getFileName(),
                                importReason(failure))));
    }

    private void informAbout(JournalImport.Result added) {
        String text = MessageFormat.format(texts.getString("journal.import.done"), added.recoveries(), added.checkIns());
        if (added.skippedAny()) {
            String skipped = added.skippedCheckIns() == 0
                    ? MessageFormat.format(texts.getString("journal.import.skipped"), added.skippedRecoveries())
                    : MessageFormat.format(texts.getString("journal.import.skippedWithCheckIns"),
                            added.skippedRecoveries(), added.skippedCheckIns());
            text = MessageFormat.format(texts.getString("journal.import.doneSkipped"), added.recoveries(),
                    added.checkIns(), skipped);
        }
        dialogs.showInformation(texts.getString("journal.import.doneTitle"), text);
    }

    private String exportReason(Throwable failure, Path file) {
        if (failure instanceof FileAlreadyExistsException) {
            return MessageFormat.format(texts.getString("journal.export.appeared"), file.getFileName());
        }
        return reason(failure);
    }

    /** The refusal names the first bad record; "in" is the CLI's name for the file, which the person just chose. */
    private String importReason(Throwable failure) {
        if (failure instanceof InvalidInputException invalid) {
            return invalid.first().says().in(texts);
        }
        return reason(failure);
    }

    private String reason(Throwable failure) {
        String why = FailureText.reason(failure, texts);
        return failure instanceof java.nio.file.NoSuchFileException ? MessageFormat.format(texts.getString("journal.transfer.noSuchFile"), why)
                : failure instanceof java.nio.file.AccessDeniedException ? MessageFormat.format(texts.getString("journal.transfer.denied"), why) : why;
    }
}
