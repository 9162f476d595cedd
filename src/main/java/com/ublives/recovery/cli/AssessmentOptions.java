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

    @Option(names = "--massage", paramLabel = "ID")
    private String massage;

    @Option(names = "--soreness", paramLabel = "N")
    private String soreness;

    @Option(names = "--quality", paramLabel = "achy|sharp")
    private String quality;

    @Option(names = "--hours", paramLabel = "H")
    private String hours;

    @Option(names = "--previous-soreness", paramLabel = "N")
    private String previousSoreness;

    @Option(names = "--factor", paramLabel = "ID")
    private List<String> factors = new ArrayList<>();

    @Option(names = "--red-flag", paramLabel = "ID")
    private List<String> redFlags = new ArrayList<>();

    @Option(names = "--condition", paramLabel = "ID")
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
