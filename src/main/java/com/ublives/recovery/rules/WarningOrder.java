package com.ublives.recovery.rules;

import com.ublives.recovery.rules.Outcome.Warning;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every warning an outcome can hold, numbered once in the order outcomes list them: red flags first
 * (they override everything), then most severe first, ties by code, remaining ties in the order the
 * warnings are added (red flags, warning rules in rule order, factors). An assessment marks the slots
 * of its warnings in a bit set and reads them back in order, so large rule sets need no sorting.
 */
final class WarningOrder {

    private static final Comparator<Warning> ORDER = Comparator
            .comparing((Warning w) -> !w.isRedFlag())
            .thenComparing(Warning::level, Comparator.reverseOrder())
            .thenComparing(Warning::code);

    private final Warning[] bySlot;
    private final int[] slotOf;
    private final int words;

    /** @param warnings every warning in the order an assessment would add them */
    WarningOrder(List<Warning> warnings) {
        // a stable sort keeps the order of addition among equal keys, as the list sort did
        Integer[] sources = IntStream.range(0, warnings.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(sources, Comparator.comparing(warnings::get, ORDER));
        bySlot = new Warning[sources.length];
        slotOf = new int[sources.length];
        for (int slot = 0; slot < sources.length; slot++) {
            bySlot[slot] = warnings.get(sources[slot]);
            slotOf[sources[slot]] = slot;
        }
        words = (sources.length + 63) >>> 6;
    }

    /** The slot of the warning at this position of the constructor's list. */
    int slot(int source) {
        return slotOf[source];
    }

    Warning warning(int slot) {
        return bySlot[slot];
    }

    long[] newMarks() {
        return new long[words];
    }

    static void mark(long[] marks, int slot) {
        marks[slot >>> 6] |= 1L << slot;
    }

    /** The marked warnings in outcome order. */
    List<Warning> read(long[] marks) {
        int n = RuleFilter.count(marks);
        if (n == 0) {
            return List.of();
        }
        Warning[] out = new Warning[n];
        int k = 0;
        for (int s = RuleFilter.next(marks, 0); s >= 0; s = RuleFilter.next(marks, s + 1)) {
            out[k++] = bySlot[s];
        }
        return new ArrayView<>(out, n);
    }
}
