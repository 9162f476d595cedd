package com.ublives.recovery.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English and German messages hold the same keys, and each German text takes the same
 * placeholders ({0}, {1} ...) as its English one, so a text added in one language cannot go missing
 * in the other, nor a German text drop a name or a number the English one shows.
 */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    /** The window's messages and the command line's own texts. */
    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "i18n/cli"})
    void everyKeyIsInBothLanguages(String bundle) throws IOException {
        Map<String, String> english = read(bundle + ".properties");
        Map<String, String> german = read(bundle + "_de.properties");

        assertThat(new TreeSet<>(german.keySet())).as("keys missing in German").containsAll(english.keySet());
        assertThat(new TreeSet<>(english.keySet())).as("keys missing in English").containsAll(german.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "i18n/cli"})
    void eachTextTakesTheSamePlaceholdersInBothLanguages(String bundle) throws IOException {
        Map<String, String> english = read(bundle + ".properties");
        Map<String, String> german = read(bundle + "_de.properties");
        Map<String, String> differing = new TreeMap<>();
        english.forEach((key, text) -> {
            String other = german.get(key);
            if (other != null && !placeholders(text).equals(placeholders(other))) {
                differing.put(key, placeholders(text) + " / " + placeholders(other));
            }
        });
        assertThat(differing).isEmpty();
    }

    @Test
    void germanIsChosenWithoutFallingBackToTheComputersLanguage() {
        ResourceBundle german = Language.GERMAN.messages();
        assertThat(german.getString("nav.settings")).isEqualTo("Einstellungen");
        assertThat(Language.ENGLISH.messages().getString("nav.settings")).isEqualTo("Settings");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Map<String, String> read(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> texts = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
        return texts;
    }
}
