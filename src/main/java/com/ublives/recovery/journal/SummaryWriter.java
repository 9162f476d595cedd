package com.ublives.recovery.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Writes a recovery's one-page summary as PDF (summary/SummaryPdf, which draws with the clinic's sheet code:
 * the journal only knows this door, so the two features do not depend on each other both ways).
 */
public interface SummaryWriter {

    /** Writes the summary in the texts' language; returns the characters left out for want of a font (usually none). */
    List<String> write(long recoveryId, ResourceBundle texts, Path file, boolean replace) throws IOException;
}
