package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.ui.DialogService;
import javafx.print.PrinterJob;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Dialogs for tests: answers given in advance, everything shown is recorded. Safe from any thread. */
final class RecordingDialogs implements DialogService {

    final List<String> errors = new CopyOnWriteArrayList<>();
    final List<String> confirmations = new CopyOnWriteArrayList<>();
    final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    final Deque<Path> filesToOpen = new ArrayDeque<>();
    final Deque<Path> filesToSave = new ArrayDeque<>();
    final List<String> suggestedNames = new CopyOnWriteArrayList<>();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
    }

    @Override
    public synchronized boolean confirm(String title, String message, String action) {
        confirmations.add(message);
        return !confirmAnswers.isEmpty() && confirmAnswers.pop();
    }

    @Override
    public synchronized Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public synchronized Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public boolean showPrintDialog(PrinterJob job) {
        return false;
    }
}
