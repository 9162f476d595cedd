package com.ublives.recovery.ui;

import com.ublives.recovery.settings.Theme;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 AA for text (4.5:1) in every theme: the colour variables of theme.css, with each theme's
 * own values over them, for every pair of a text colour and the background it is drawn on. The pairs
 * are the ones listed here plus every rule that sets both a text colour and a background; a text
 * colour a stylesheet uses that is in no pair fails, so a new one cannot go unchecked.
 */
class ThemeContrastTest {

    private static final double AA = 4.5;
    private static final Pattern VARIABLE = Pattern.compile("(-rp-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6}|white|black)\\s*;");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern TEXT = Pattern.compile("-fx-(?:text-fill|icon-color)\\s*:\\s*(-rp-[a-z-]+)");
    private static final Pattern BACKGROUND = Pattern.compile("-fx-background-color\\s*:\\s*(-rp-[a-z-]+)\\s*;");
    private static final List<String> LEVELS = List.of("info", "caution", "warning", "urgent", "emergency");
    private static final List<String> GROUNDS = List.of("-rp-bg", "-rp-surface");

    /** The pairs drawn on screens: text colour, then the background under it. */
    private static Set<List<String>> pairs() {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (String ground : GROUNDS) {
            for (String text : List.of("-rp-text", "-rp-text-soft", "-rp-muted", "-rp-accent", "-rp-expected-text")) {
                pairs.add(List.of(text, ground));
            }
            for (String level : LEVELS) {
                pairs.add(List.of("-rp-" + level, ground));
            }
        }
        for (String level : LEVELS) {
            pairs.add(List.of("-rp-" + level, "-rp-" + level + "-bg"));
            pairs.add(List.of("-rp-text", "-rp-" + level + "-bg"));
            pairs.add(List.of("-rp-on-accent", "-rp-" + level));
        }
        for (String soreness : List.of("none", "mild", "moderate", "severe")) {
            pairs.add(List.of("-rp-on-accent", "-rp-" + soreness));
        }
        for (String background : List.of("-rp-accent", "-rp-accent-hover", "-rp-neutral")) {
            pairs.add(List.of("-rp-on-accent", background));
        }
        pairs.add(List.of("-rp-accent", "-rp-accent-soft"));
        pairs.add(List.of("-rp-text", "-rp-accent-soft"));
        pairs.add(List.of("-rp-urgent", "-rp-alert-bg"));
        pairs.add(List.of("-rp-text", "-rp-alert-bg"));
        pairs.add(List.of("-rp-sidebar-text", "-rp-sidebar"));
        pairs.add(List.of("-rp-sidebar-text", "-rp-sidebar-hover"));
        pairs.add(List.of("-rp-sidebar-muted", "-rp-sidebar"));
        return pairs;
    }

    @Test
    void everyTextColourMeetsAaOnItsBackgroundInEveryTheme() throws IOException {
        Set<List<String>> pairs = pairs();
        pairs.addAll(pairsInRules());
        List<String> failures = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            Map<String, String> colours = colours(theme);
            for (List<String> pair : pairs) {
                String text = colours.get(pair.get(0));
                String background = colours.get(pair.get(1));
                assertThat(text).as(theme + " defines " + pair.get(0)).isNotNull();
                assertThat(background).as(theme + " defines " + pair.get(1)).isNotNull();
                double ratio = ratio(text, background);
                if (ratio < AA) {
                    failures.add(String.format(Locale.ROOT, "%s: %s %s on %s %s is %.2f:1", theme,
                            pair.get(0), text, pair.get(1), background, ratio));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyTextColourAStylesheetUsesIsChecked() throws IOException {
        Set<String> checked = new LinkedHashSet<>();
        pairs().forEach(p -> checked.add(p.get(0)));
        pairsInRules().forEach(p -> checked.add(p.get(0)));
        Set<String> used = new LinkedHashSet<>();
        for (String css : stylesheets()) {
            Matcher m = TEXT.matcher(css);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(checked).containsAll(used);
    }

    @Test
    void theRatioIsWcags() {
        assertThat(ratio("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ratio("#767676", "#ffffff")).isEqualTo(4.54, org.assertj.core.data.Offset.offset(0.01));
    }

    /** Rules that set a text colour and a background together, e.g. a level badge. */
    private static Set<List<String>> pairsInRules() throws IOException {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (String css : stylesheets()) {
            Matcher rule = RULE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
            while (rule.find()) {
                Matcher text = TEXT.matcher(rule.group(2));
                Matcher background = BACKGROUND.matcher(rule.group(2));
                if (text.find() && background.find()) {
                    pairs.add(List.of(text.group(1), background.group(1)));
                }
            }
        }
        return pairs;
    }

    private static List<String> stylesheets() throws IOException {
        List<String> sheets = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path css : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".css"))::iterator) {
                sheets.add(Files.readString(css, StandardCharsets.UTF_8));
            }
        }
        return sheets;
    }

    static Map<String, String> colours(Theme theme) throws IOException {
        Map<String, String> colours = new HashMap<>(variables("theme.css"));
        String over = Appearance.themeSheet(theme);
        if (over != null) {
            colours.putAll(variables(over));
        }
        return colours;
    }

    private static Map<String, String> variables(String sheet) throws IOException {
        try (InputStream in = Appearance.class.getResourceAsStream(sheet)) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> found = new HashMap<>();
            Matcher m = VARIABLE.matcher(css);
            while (m.find()) {
                found.put(m.group(1), m.group(2).equals("white") ? "#ffffff" : m.group(2).equals("black") ? "#000000" : m.group(2));
            }
            return found;
        }
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
