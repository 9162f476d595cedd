package com.ublives.recovery.ui;

import com.ublives.recovery.settings.Theme;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The window's look as set in Settings, applied to a live scene: the theme (a stylesheet of colour
 * variables over theme.css) and the text size. Text size scales every font size the stylesheets in
 * the scene set (theme, screens, whichever feature adds one later): a stylesheet of the same
 * selectors with the sizes scaled, marked !important so it wins over the originals wherever they are
 * attached. Sizes set in code are not scaled; set them in CSS.
 */
public final class Appearance {

    private static final String BASE = "theme.css";
    private static final String SCALED_MARK = "data:text/css;base64,";
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern FONT_SIZE = Pattern.compile("-fx-font-size\\s*:\\s*([0-9.]+)px");
    private static final Map<String, String> SOURCES = new ConcurrentHashMap<>();

    private Theme theme = Theme.LIGHT;
    private int textSize = 100;

    public void set(Theme theme, int textSizePercent) {
        this.theme = theme;
        this.textSize = textSizePercent;
    }

    /** The stylesheet over theme.css for a theme; light is theme.css alone. */
    static String themeSheet(Theme theme) {
        return switch (theme) {
            case LIGHT -> null;
            case DARK -> "theme-dark.css";
            case HIGH_CONTRAST -> "theme-contrast.css";
        };
    }

    /** Puts the theme and text size on the scene; again after a screen with its own stylesheet is first shown. */
    public void apply(Scene scene) {
        List<String> sheets = new ArrayList<>();
        sheets.add(url(BASE));
        if (themeSheet(theme) != null) {
            sheets.add(url(themeSheet(theme)));
        }
        if (textSize != 100) {
            Set<String> scaled = new LinkedHashSet<>(sheets);
            collect(scene.getRoot(), scaled);
            sheets.add(scaledSheet(scaled, textSize / 100.0));
        }
        if (!scene.getStylesheets().equals(sheets)) {
            scene.getStylesheets().setAll(sheets);
        }
    }

    private static void collect(Node node, Set<String> into) {
        if (node instanceof Parent parent) {
            for (String sheet : parent.getStylesheets()) {
                if (!sheet.startsWith(SCALED_MARK)) {
                    into.add(sheet);
                }
            }
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    /** One stylesheet with every rule that sets a font size, the size scaled and !important. */
    static String scaledSheet(Iterable<String> sheets, double factor) {
        StringBuilder css = new StringBuilder();
        for (String sheet : sheets) {
            css.append(scaledRules(SOURCES.computeIfAbsent(sheet, Appearance::read), factor));
        }
        return SCALED_MARK + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String scaledRules(String source, double factor) {
        StringBuilder out = new StringBuilder();
        Matcher rule = RULE.matcher(COMMENT.matcher(source).replaceAll(""));
        while (rule.find()) {
            Matcher size = FONT_SIZE.matcher(rule.group(2));
            String last = null;
            while (size.find()) {
                last = size.group(1);
            }
            if (last != null) {
                double px = Double.parseDouble(last) * factor;
                out.append(rule.group(1).trim()).append(" { -fx-font-size: ")
                        .append(String.format(Locale.ROOT, "%.1f", px)).append("px !important; }\n");
            }
        }
        return out.toString();
    }

    private static String read(String url) {
        try (InputStream in = new URL(url).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String url(String sheet) {
        return Appearance.class.getResource(sheet).toExternalForm();
    }
}
