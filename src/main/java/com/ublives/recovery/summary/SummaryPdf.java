package com.ublives.recovery.summary;

import com.ublives.recovery.clinic.sheet.PdfFile;
import com.ublives.recovery.clinic.sheet.SheetFont;
import com.ublives.recovery.clinic.sheet.SheetRenderer;
import com.ublives.recovery.clinic.sheet.SummaryContent;
import com.ublives.recovery.clinic.sheet.Unprintable;
import com.ublives.recovery.journal.JournalService;
import com.ublives.recovery.journal.SummaryWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;

/**
 * A recovery's one-page summary as PDF: the journal's data put into words ({@link SummarySheet}) and drawn with
 * the aftercare sheet's renderer and fonts. Its own package, as it joins the journal and the clinic's sheets,
 * which must not know each other both ways. Slow (fonts, PDF): off the FX thread.
 */
public final class SummaryPdf implements SummaryWriter {

    private final JournalService journal;
    private SheetRenderer renderer;

    public SummaryPdf(JournalService journal) {
        this.journal = journal;
    }

    @Override
    public List<String> write(long recoveryId, ResourceBundle texts, Path file, boolean replace) throws IOException {
        SummaryContent content = new SummarySheet(texts, journal.clock().getZone()).of(journal.summary(recoveryId));
        SheetRenderer draw = renderer();
        Unprintable[] leftOut = {Unprintable.NONE};
        PdfFile.write(file, replace, out -> leftOut[0] = draw.renderSummary(content, out));
        return leftOut[0].isEmpty() ? List.of() : List.of(leftOut[0].listed());
    }

    /** The fonts are read on first use, a few MB: not at start-up. */
    private synchronized SheetRenderer renderer() {
        if (renderer == null) {
            renderer = new SheetRenderer(SheetFont.load(), journal.clock());
        }
        return renderer;
    }
}
