package com.ublives.recovery.bench;

import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.clinic.sheet.SheetContent;
import com.ublives.recovery.clinic.sheet.SheetFixtures;
import com.ublives.recovery.clinic.sheet.SheetFont;
import com.ublives.recovery.clinic.sheet.SheetRenderer;
import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.PainQuality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Aftercare sheet speed and memory: a plain main that prints figures and asserts nothing.
 * 1. font load and the first (cold) sheet; 2. one sheet warm, many times (p50/p90/max);
 * 3. a 200-sheet batch into one PDF file (total, time to first page, file size);
 * 4. heap after a full GC before, during and after a 1,000-sheet batch (is memory flat?).
 *
 * mvn -q -o -Pbench test-compile exec:java -Dbench.main=com.ublives.recovery.bench.SheetBenchmark
 */
public final class SheetBenchmark {

    private static final int WARM_UP = 50;
    private static final int SINGLE_RUNS = 200;
    private static final int BATCH = 200;
    private static final int BIG_BATCH = 1_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    public static void main(String[] args) throws IOException {
        System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long start = System.nanoTime();
        SheetFont font = SheetFont.load();
        double fontMs = ms(System.nanoTime() - start);
        SheetRenderer renderer = new SheetRenderer(font, Clock.systemDefaultZone());
        List<SheetContent> mix = mix(BIG_BATCH);

        start = System.nanoTime();
        int coldBytes = render(renderer, mix.get(0)).length;
        System.out.printf(Locale.ROOT, "font load %.0f ms; first sheet (cold) %.0f ms, %d KB%n", fontMs,
                ms(System.nanoTime() - start), coldBytes / 1024);

        for (int i = 0; i < WARM_UP; i++) {
            render(renderer, mix.get(i % mix.size()));
        }
        long[] wall = new long[SINGLE_RUNS];
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < SINGLE_RUNS; i++) {
            long t = System.nanoTime();
            render(renderer, mix.get(i % mix.size()));
            wall[i] = System.nanoTime() - t;
        }
        double cpuPerSheet = ms(THREADS.getCurrentThreadCpuTime() - cpu0) / SINGLE_RUNS;
        Arrays.sort(wall);
        System.out.printf(Locale.ROOT, "one sheet warm (%d runs): p50 %.1f ms, p90 %.1f ms, max %.1f ms; CPU %.1f ms per sheet%n",
                SINGLE_RUNS, ms(wall[SINGLE_RUNS / 2]), ms(wall[SINGLE_RUNS * 9 / 10]), ms(wall[SINGLE_RUNS - 1]), cpuPerSheet);

        Path file = Files.createTempFile("sheet-bench", ".pdf");
        try {
            long[] firstPage = {0};
            long t = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            try (OutputStream out = Files.newOutputStream(file)) {
                renderer.renderBatch(mix.subList(0, BATCH), out, (done, total) -> {
                    if (done == 1) {
                        firstPage[0] = System.nanoTime() - t;
                    }
                }, () -> false);
            }
            System.out.printf(Locale.ROOT, "batch of %d to a file: %.2f s (CPU %.2f s), first page after %.0f ms, %d KB%n",
                    BATCH, ms(System.nanoTime() - t) / 1000, ms(THREADS.getCurrentThreadCpuTime() - cpu) / 1000,
                    ms(firstPage[0]), Files.size(file) / 1024);

            List<String> heap = new ArrayList<>();
            heap.add("before " + usedAfterGc());
            try (OutputStream out = Files.newOutputStream(file)) {
                renderer.renderBatch(mix, out, (done, total) -> {
                    if (done % 250 == 0) {
                        heap.add(done + " pages " + usedAfterGc());
                    }
                }, () -> false);
            }
            heap.add("after " + usedAfterGc());
            System.out.printf(Locale.ROOT, "heap used after GC, batch of %d (%d KB file): %s%n", BIG_BATCH,
                    Files.size(file) / 1024, String.join(", ", heap));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] render(SheetRenderer renderer, SheetContent sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        renderer.render(sheet, out);
        return out.toByteArray();
    }

    /**
     * A day's worth of different sheets: names in several scripts (half of them shaped: Arabic,
     * Devanagari, Hebrew, Thai), every massage, some conditions.
     */
    private static List<SheetContent> mix(int count) {
        String[] names = {"Zoë Łukasz-Müller", "李小龍", "Αλέξανδρος Παπαδόπουλος", "Jan Kowalski", "François Œuvray",
                "محمد عبد الله", "प्रिया शर्मा", "שרה כהן", "ปิ่น น้ำฝน", "Анна Иванова"};
        String[] massages = {"swedish", "deep-tissue", "thai", "sports", "hot-stone", "shiatsu"};
        List<SheetContent> sheets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Assessment a = new Assessment(massages[i % massages.length], i % 11, i % 7 == 0 ? PainQuality.SHARP : PainQuality.ACHY,
                    0, null, i % 3 == 0 ? Set.of("dehydrated", "little-rest") : Set.of(), Set.of(),
                    i % 4 == 0 ? Set.of("blood-thinners") : Set.of());
            sheets.add(SheetFixtures.sheet(names[i % names.length] + " " + i, i % 2 == 0 ? Paper.A4 : Paper.LETTER, a));
        }
        return sheets;
    }

    private static String usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (MEMORY.getHeapMemoryUsage().getUsed() >> 20) + " MB";
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
