package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.AftercareSheets;
import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.clinic.sheet.SheetContent;
import com.ublives.recovery.clinic.sheet.Unprintable;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.ui.FailureText;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;

/**
 * The preview of one session's sheet: the page drawn off the FX thread from the same PDF that Save
 * writes, on the paper chosen here (the clinic's by default); no nodes.
 */
public final class PreviewViewModel {

    /**
     * The previews' own background thread (shared by the clinic's and the content's previews): a preview never
     * waits there behind the screens' reads at start-up, nor behind the sheets' warm-up.
     */
    public static final String LANE = "sheet-preview";
    /**
     * The sheets' warm-up and the font's first read, beside the previews' lane: a preview asked meanwhile runs
     * at once next to it (it waits only for what it needs, such as the font being read), not after it.
     */
    public static final String WARM_UP_LANE = "sheet-warm-up";

    private final AftercareSheets sheets;
    private final SheetPages pages;
    private final SheetOutput output;
    private final DialogService dialogs;
    private final ResourceBundle texts;

    private final ReadOnlyObjectWrapper<SheetContent> sheet = new ReadOnlyObjectWrapper<>(this, "sheet");
    private final ReadOnlyObjectWrapper<PageImage> page = new ReadOnlyObjectWrapper<>(this, "page");
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper", Paper.A4);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    // Counts requests to show a sessions, so the screen can bring the preview forward each time.
    private final ReadOnlyObjectWrapper<Long> requests = new ReadOnlyObjectWrapper<>(this, "requests", 0L);
    // a sheet shown or drawn on other paper: only the newest drawing is presented
    private final BackgroundTasks.Latest drawings;
    private final BackgroundTasks warmUp;
    private boolean showing;
    private double screenScale = 1;

    public PreviewViewModel(AftercareSheets sheets, SheetPages pages, SheetOutput output, DialogService dialogs,
                            BackgroundTasks tasks, ResourceBundle texts) {
        this.sheets = sheets;
        this.pages = pages;
        this.output = output;
        this.dialogs = dialogs;
        this.warmUp = tasks.lane(WARM_UP_LANE);
        this.drawings = tasks.lane(LANE).latest();
        this.texts = texts;
        title.set(texts.getString("clinic.preview.noSheet"));
        paper.addListener((obs, old, now) -> {
            if (!showing && sheet.get() != null && now != null && now != sheet.get().paper()) {
                draw(onPaper(sheet.get(), now));
            }
        });
    }

    public ReadOnlyObjectProperty<SheetContent> sheetProperty() { return sheet.getReadOnlyProperty(); }
    /** The page as pixels, or null before a session is chosen. */
    public ReadOnlyObjectProperty<PageImage> pageProperty() { return page.getReadOnlyProperty(); }
    public ObjectProperty<Paper> paperProperty() { return paper; }
    public List<Paper> papers() { return List.of(Paper.values()); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** What the sheet left out (characters no bundled font has), or "" when it prints everything. */
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Long> requestsProperty() { return requests.getReadOnlyProperty(); }
    public SheetOutput output() { return output; }

    /** The scale of the screen the preview is on (1 at 100 %): later pages are drawn for it, sharp and no larger. */
    public void setScreenScale(double scale) {
        screenScale = scale;
    }

    private float dpi() {
        return SheetPages.previewDpi(screenScale);
    }

    /** Gathers the session's sheet and draws its page. */
    public CompletableFuture<PageImage> show(long sessionId) {
        return show(() -> sheets.forSession(sessionId, null));
    }

    /** Gathers a sheet (off the FX thread: it may read the database) and draws its page; the Content screen's sample sheet. */
    public CompletableFuture<PageImage> show(java.util.concurrent.Callable<SheetContent> gather) {
        requests.set(requests.get() + 1);
        busy.set(true);
        float dpi = dpi();
        return drawings.run(() -> {
            SheetContent content = gather.call();
            return new Drawn(content, pages.page(content, dpi));
        }, this::present, this::failed).thenApply(drawn -> drawn.page().image());
    }

    /**
     * Reads the sheet font (a moment's work) now, in the background, rather than on the first preview. A font
     * that cannot be read is told now, as a preview that cannot be drawn.
     */
    public CompletableFuture<Void> prepare() {
        // nothing to show when it is read: SheetPages keeps it for the first preview
        return warmUp.apply(pages::renderer, ready -> { }, this::failed);
    }

    public CompletableFuture<Void> savePdf() {
        SheetContent current = sheet.get();
        if (current == null) {
            return CompletableFuture.completedFuture(null);
        }
        return output.save(() -> List.of(current), fileName(current));
    }

    public CompletableFuture<Void> print() {
        SheetContent current = sheet.get();
        if (current == null) {
            return CompletableFuture.completedFuture(null);
        }
        return output.print(() -> List.of(current),
                MessageFormat.format(texts.getString("clinic.print.jobOne"), current.clientName()));
    }

    /** "aftercare-Zoë-Łukasz-Müller-2026-05-12.pdf": letters of any script stay, the rest becomes '-'. */
    static String fileName(SheetContent sheet) {
        String name = sheet.clientName().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return "aftercare-" + (name.isEmpty() ? "" : name + "-") + sheet.date() + ".pdf";
    }

    private CompletableFuture<PageImage> draw(SheetContent content) {
        busy.set(true);
        float dpi = dpi();
        return drawings.run(() -> pages.page(content, dpi),
                drawn -> present(new Drawn(content, drawn)), this::failed).thenApply(SheetPages.Page::image);
    }

    private void present(Drawn drawn) {
        showing = true;
        try {
            sheet.set(drawn.content());
            paper.set(drawn.content().paper());
            page.set(drawn.page().image());
            title.set(MessageFormat.format(texts.getString("clinic.preview.title"), drawn.content().clientName(),
                    drawn.content().date(), drawn.content().paper().name()));
            Unprintable leftOut = drawn.page().leftOut();
            note.set(leftOut.isEmpty() ? "" : MessageFormat.format(texts.getString("clinic.preview.leftOut"), leftOut.listed()));
        } finally {
            showing = false;
            busy.set(false);
        }
    }

    private static SheetContent onPaper(SheetContent s, Paper paper) {
        return s.onPaper(paper);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        dialogs.showError(texts.getString("clinic.preview.failed"), FailureText.sentence(failure, texts));
    }

    private record Drawn(SheetContent content, SheetPages.Page page) {
    }
}
