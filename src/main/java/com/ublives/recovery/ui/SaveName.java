package com.ublives.recovery.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The name a save chooser returns, made to agree with the file type chosen in it: native choosers
 * do not rename the file when the person picks another type, and some return a name with no ending.
 */
final class SaveName {

    private SaveName() {
    }

    /**
     * A name without an offered ending gets the chosen type's; the suggested name, kept as it was
     * while another type was chosen, takes that type's ending. A name the person typed with an
     * offered ending is left alone: they said what they want.
     */
    static Path fit(Path chosen, String suggestedName, List<String> selectedPatterns, List<DialogService.FileType> offered) {
        String name = chosen.getFileName().toString();
        String ending = ending(selectedPatterns);
        if (ending == null || matches(name, selectedPatterns)) {
            return chosen;
        }
        boolean offeredEnding = offered.stream().anyMatch(type -> matches(name, type.patterns()));
        if (!offeredEnding) {
            return chosen.resolveSibling(name + ending);
        }
        if (name.equals(suggestedName)) {
            return chosen.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ending);
        }
        return chosen;
    }

    static boolean matches(String name, List<String> patterns) {
        String lower = name.toLowerCase(Locale.ROOT);
        return patterns.stream().map(SaveName::endingOf).anyMatch(e -> e != null && lower.endsWith(e));
    }

    private static String ending(List<String> patterns) {
        return patterns.stream().map(SaveName::endingOf).filter(e -> e != null).findFirst().orElse(null);
    }

    /** "*.json" -> ".json"; a pattern such as "*" has no ending. */
    private static String endingOf(String pattern) {
        int dot = pattern.lastIndexOf('.');
        return dot < 0 ? null : pattern.substring(dot).toLowerCase(Locale.ROOT);
    }
}
