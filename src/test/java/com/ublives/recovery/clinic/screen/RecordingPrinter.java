package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.Paper;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A printer for tests: records the pages it is sent; "cancelled" plays a person closing the dialog. */
final class RecordingPrinter implements SheetPrinter {

    final List<PageImage> pages = new CopyOnWriteArrayList<>();
    final List<Paper> papers = new CopyOnWriteArrayList<>();
    volatile boolean dialogCancelled;
    volatile boolean ended;
    volatile boolean jobCancelled;

    @Override
    public Optional<Run> begin(Paper paper, String jobName) {
        papers.add(paper);
        if (dialogCancelled) {
            return Optional.empty();
        }
        return Optional.of(new Run() {
            @Override public float dpi() { return 36; }
            @Override public void page(PageImage page) { pages.add(page); }
            @Override public boolean end() { ended = true; return true; }
            @Override public void cancel() { jobCancelled = true; }
        });
    }
}
