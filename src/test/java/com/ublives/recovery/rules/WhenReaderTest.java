package com.ublives.recovery.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The conditions read token by token are the ones written, and what the mapper refused is still refused. */
class WhenReaderTest {

    private static final ObjectMapper WRITER = new ObjectMapper();

    private static When roundTrip(When when) throws Exception {
        return WhenReader.read(WRITER.writeValueAsString(when));
    }

    @Test
    void everyConditionOfTheBundledSetReadsBackAsWritten() throws Exception {
        List<When> all = new ArrayList<>();
        DefaultRules.RULES.bandRules().forEach(r -> all.add(r.when()));
        DefaultRules.RULES.warningRules().forEach(r -> all.add(r.when()));
        DefaultRules.RULES.planItems().forEach(i -> i.variants().forEach(v -> all.add(v.when())));
        DefaultRules.RULES.exclusions().forEach(e -> all.add(e.when()));

        assertThat(all).hasSizeGreaterThan(20);
        for (When when : all) {
            assertThat(roundTrip(when)).isEqualTo(when);
        }
    }

    @Test
    void randomConditionsOverEveryFieldReadBackAsWritten() throws Exception {
        Random random = new Random(12);
        for (int i = 0; i < 500; i++) {
            When when = new When(some(random, List.of("thai", "deep-tissue")), some(random, List.of("mild", "severe")),
                    some(random, List.of(PainQuality.values())), some(random, List.of("LIGHT", "LINGERING")),
                    some(random, List.of(Status.values())), random.nextBoolean() ? null : random.nextInt(6),
                    random.nextBoolean() ? null : random.nextInt(100) / 4.0, random.nextBoolean() ? null : random.nextInt(11),
                    random.nextBoolean() ? null : Level.values()[random.nextInt(Level.values().length)],
                    some(random, List.of("pregnancy", "pacemaker")));
            assertThat(roundTrip(when)).isEqualTo(when);
        }
        assertThat(WhenReader.read("{}")).isEqualTo(When.ALWAYS);
        assertThat(WhenReader.read("{\"massageIn\": null, \"hoursAbove\": 12}").hoursAbove()).isEqualTo(12.0);
    }

    private static <T> List<T> some(Random random, List<T> values) {
        return values.stream().filter(v -> random.nextInt(3) == 0).toList();
    }

    @Test
    void aReadableReasonNamesWhatIsWrong() {
        assertThat(refusal("{\"severityIn\": [\"moderate\"], \"typo\": 1}"))
                .startsWith("unknown field \"typo\"; allowed: bandIn, conditionIn, hoursAbove, massageIn, minFactors,");
        assertThat(refusal("{\"minFactors\": \"two\"}")).isEqualTo("minFactors: must be a whole number");
        assertThat(refusal("{\"minFactors\": 2.5}")).isEqualTo("minFactors: must be a whole number");
        assertThat(refusal("{\"hoursAbove\": \"soon\"}")).isEqualTo("hoursAbove: must be a number");
        assertThat(refusal("{\"qualityIn\": [\"dull\"]}")).isEqualTo("qualityIn: must be one of achy, sharp, not dull");
        assertThat(refusal("{\"statusIn\": \"ON_TRACK\"}")).isEqualTo("statusIn: must be a list [...]");
        assertThat(refusal("{\"redFlagLevelAtLeast\": \"HIGH\"}"))
                .isEqualTo("redFlagLevelAtLeast: must be one of INFO, CAUTION, WARNING, URGENT, EMERGENCY, not HIGH");
        assertThat(refusal("{\"bandIn\": [null]}")).isEqualTo("bandIn: holds null; give each entry");
        assertThat(refusal("[1]")).isEqualTo("must be an object {...}");
        assertThat(refusal("{\"bandIn\": []} {}")).isEqualTo("more text follows after the closing }");
        assertThat(refusal("{\"bandIn\": [")).startsWith("line 1, column 13: the text ends before the JSON is complete")
                .doesNotContain("com.").doesNotContain("Unexpected");
    }

    @Test
    void theReasonIsWrittenInTheReadersLanguage() {
        assertThat(german("{\"typo\": 1}")).startsWith("unbekanntes Feld „typo“; erlaubt sind: bandIn,");
        assertThat(german("{\"qualityIn\": [\"dull\"]}"))
                .isEqualTo("qualityIn: muss einer dieser Werte sein: achy, sharp; angegeben war dull");
        assertThat(german("{\"minFactors\": 2.5}")).isEqualTo("minFactors: muss eine ganze Zahl sein");
        assertThat(german("{\"bandIn\": []} x")).isEqualTo("Zeile 1, Spalte 16: „x“ ist an dieser Stelle nicht erlaubt;"
                + " JSON enthält Texte in \"doppelten Anführungszeichen\", Zahlen, true, false, null, Listen [...] und"
                + " Objekte {...}, mit einem Komma zwischen zwei Einträgen und einem Doppelpunkt nach jedem Feldnamen");
    }

    private static String german(String json) {
        return com.ublives.recovery.i18n.Phrased.message(catchThrowableOfType(IllegalArgumentException.class,
                () -> WhenReader.read(json)), com.ublives.recovery.i18n.Language.GERMAN);
    }

    private static String refusal(String json) {
        return catchThrowableOfType(IllegalArgumentException.class, () -> WhenReader.read(json)).getMessage();
    }
}
