package com.ublives.recovery.bench;

import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.clinic.screen.SheetPages;
import com.ublives.recovery.clinic.sheet.SheetContent;
import com.ublives.recovery.clinic.sheet.SheetFixtures;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.concurrent.Callable;

/**
 * What a sheet preview costs, piece by piece, in a fresh JVM: reading the font, making the PDF, drawing its
 * page at each DPI given (the first drawing is the cold one), wall and this thread's CPU. Run one JVM per
 * order of DPIs to see what is cold: {@code java -cp target/recovery-planner.jar:target/test-classes
 * com.ublives.recovery.bench.PreviewBenchmark 96 96 96} (or {@code 4 96 96}: a page drawn at 4 DPI warms as
 * much as one at 96). Prints figures only; it asserts nothing.
 */
public final class PreviewBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SheetContent sheet = SheetFixtures.deepTissue("Anna Nowak", Paper.A4);
        SheetPages pages = SheetPages.lazy(Clock.systemDefaultZone());
        timed("font read", pages::renderer);
        byte[] pdf = timed("PDF, first", () -> pages.pdf(sheet));
        timed("PDF, again", () -> pages.pdf(sheet));
        for (String dpi : args.length > 0 ? args : new String[]{"96", "96", "96"}) {
            timed("page drawn at " + dpi + " DPI", () -> SheetPages.image(pdf, Float.parseFloat(dpi)));
        }
    }

    private static <T> T timed(String what, Callable<T> work) throws Exception {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        T result = work.call();
        System.out.printf("%-26s wall %6.0f ms, CPU %5.0f ms%n", what, (System.nanoTime() - wall) / 1e6,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
        return result;
    }
}
