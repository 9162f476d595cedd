package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The sheet's words are complete in English and German, with the same placeholders, and dates as each language writes them. */
class SheetWordsTest {

    
    @Test
    void everyWordIsInBothLanguagesWithTheSamePlaceholders() throws java.io.IOException {
        java.util.Properties english = read("sheet.properties");
        java.util.Properties german = read("sheet_de.properties");
        assertThat(new TreeSet<>(german.stringPropertyNames())).as("sheet words missing in German")
                .containsAll(english.stringPropertyNames());
        assertThat(new TreeSet<>(english.stringPropertyNames())).as("sheet words missing in English")
                .containsAll(german.stringPropertyNames());
        english.stringPropertyNames().forEach(key -> assertThat(placeholders(german.getProperty(key))).as(key)
                .isEqualTo(placeholders(english.getProperty(key))));
        assertThat(Words.load(Language.GERMAN).get("title")).isEqualTo("Ihr Nachsorgeplan");
        assertThat(Words.load(Language.ENGLISH).get("title")).isEqualTo("Your aftercare plan");
    }

    @Test
    void datesFollowTheLanguage() {
        LocalDate date = LocalDate.of(2026, 3, 5);
        assertThat(Words.load(Language.ENGLISH).date(date)).isEqualTo("5 March 2026");
        assertThat(Words.load(Language.GERMAN).date(date)).isEqualTo("5. März 2026");
    }

    private static java.util.Properties read(String file) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = SheetWordsTest.class.getResourceAsStream(file)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)[,}]").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
