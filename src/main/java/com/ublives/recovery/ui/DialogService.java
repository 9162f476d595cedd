package com.ublives.recovery.ui;

import javafx.print.PrinterJob;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog the app shows goes through here, so view models and tests never open a window
 * themselves; tests pass a recording implementation instead of {@link FxDialogService}.
 */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** Asks before something that cannot be undone; true only when the person chose the action. */
    boolean confirm(String title, String message, String action);

    /**
     * A password typed without echo (for an encrypted data folder), or empty when the person cancelled.
     * Services that cannot ask answer empty, as a cancel.
     */
    default Optional<char[]> askPassword(String title, String message, String action) {
        return Optional.empty();
    }

    /** A file to read, or empty when the person cancelled. */
    Optional<Path> chooseFileToOpen(String title, List<FileType> types);

    /** A file to write, or empty when cancelled. Callers still ask before they replace a file. */
    Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type);

    /**
     * A file to write in one of several types; the name ends as the type the person chose, so the
     * caller can tell the format from it. Defaults to the first type for services that offer one.
     */
    default Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        return chooseFileToSave(title, suggestedName, types.get(0));
    }

    /** The system's print dialog for the job; true when the person chose to print. */
    boolean showPrintDialog(PrinterJob job);

    /** A kind of file a chooser offers, e.g. "PDF document" with "*.pdf". */
    record FileType(String description, List<String> patterns) {
        public FileType {
            patterns = List.copyOf(patterns);
        }
    }
}
