package com.ublives.recovery.cli;

import com.ublives.recovery.rules.AssessmentParser;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * The assessment options shared by {@code plan} and {@code sheet}, kept as text so the engine's parser
 * gives "4.5" or "11" the same one-line message everywhere.
 */
public final class AssessmentOptions {

    @Option(names = "--massage", paramLabel = "ID", description = "Massage type id, e.g. swedish, deep-tissue.")
    private String massage;

    @Option(names = "--soreness", paramLabel = "N", description = "Soreness, a whole number from 0 to 10.")
    private String soreness;

    @Option(names = "--quality", paramLabel = "achy|sharp", description = "Pain quality: achy (default) or sharp.")
    private String quality;

    @Option(names = "--hours", paramLabel = "H", description = "Hours since the massage, 0 to 2000000 (default 0).")
    private String hours;

    @Option(names = "--previous-soreness", paramLabel = "N", description = "Soreness at the check-in before this one, 0 to 10.")
    private String previousSoreness;

    @Option(names = "--factor", paramLabel = "ID", description = "A factor that makes soreness last longer; repeatable.")
    private List<String> factors = new ArrayList<>();

    @Option(names = "--red-flag", paramLabel = "ID", description = "A symptom that needs care now; repeatable.")
    private List<String> redFlags = new ArrayList<>();

    @Option(names = "--condition", paramLabel = "ID", description = "A health condition that makes some advice unsafe; repeatable.")
    private List<String> conditions = new ArrayList<>();

    /** Whether any assessment option was given at all. */
    public boolean given() {
        return massage != null || soreness != null || quality != null || hours != null || previousSoreness != null
                || !factors.isEmpty() || !redFlags.isEmpty() || !conditions.isEmpty();
    }

    public AssessmentParser.Raw raw() {
        return new AssessmentParser.Raw(massage, soreness, quality, hours, previousSoreness, factors, redFlags, conditions);
    }
}
