package com.ublives.recovery.rules;

import com.ublives.recovery.rules.AssessmentParser.Raw;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static com.ublives.recovery.rules.DefaultRules.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AssessmentParserTest {

    private static final String MASSAGES = "swedish, relaxation, hot-stone, aromatherapy, prenatal, deep-tissue, "
            + "trigger-point, sports, myofascial-release, shiatsu, thai";
    private static final String FACTORS = "tight-muscles, dehydrated, little-rest, sensitive, pre-existing";
    private static final String FLAGS = "bladder-bowel, saddle-numbness, leg-weakness, chest-pain-breathless, "
            + "calf-swelling, dark-urine, fever, numbness-tingling, severe-headache-dizziness, spreading-bruise";
    private static final String CONDITIONS = "blood-thinners, reduced-sensation, pregnancy, recent-injury-surgery, pacemaker";

    private final AssessmentParser parser = new AssessmentParser(RULES);

    private static Raw raw(String massage, String soreness) {
        return new Raw(massage, soreness, null, null, null, null, null, null);
    }

    private InvalidInputException refused(Raw raw) {
        return catchThrowableOfType(InvalidInputException.class, () -> parser.parse(raw));
    }

    @Test
    void onlyMassageAndSorenessAreRequiredAndTheRestTakeTheDefaultsOfRulesMd() {
        Assessment a = parser.parse(raw("deep-tissue", "5"));

        assertThat(a).isEqualTo(new Assessment("deep-tissue", 5, PainQuality.ACHY, 0, null, null, null, null));
    }

    @Test
    void everyInputIsReadWhenValid() {
        Assessment a = parser.parse(new Raw("thai", " 7 ", "sharp", "30.5", "4",
                List.of("dehydrated", "sensitive"), List.of("fever"), List.of("pregnancy")));

        assertThat(a.soreness()).isEqualTo(7);
        assertThat(a.quality()).isEqualTo(PainQuality.SHARP);
        assertThat(a.hours()).isEqualTo(30.5);
        assertThat(a.previousSoreness()).isEqualTo(4);
        assertThat(a.factors()).containsExactlyInAnyOrder("dehydrated", "sensitive");
        assertThat(a.redFlags()).containsExactly("fever");
        assertThat(a.conditions()).containsExactly("pregnancy");
    }

    @ParameterizedTest(name = "soreness {0} is accepted")
    @ValueSource(strings = {"0", "10", "05", "+3"})
    void sorenessAcceptsEveryWholeNumberFrom0To10(String soreness) {
        assertThat(parser.parse(raw("swedish", soreness)).soreness()).isBetween(0, 10);
    }

    @ParameterizedTest(name = "soreness \"{0}\" is refused")
    @ValueSource(strings = {"11", "-1", "4.5", "five", "1e1", "99999999999"})
    void sorenessOutsideWholeNumbers0To10IsRefusedNamingTheAllowedValues(String soreness) {
        InvalidInputException e = refused(raw("swedish", soreness));

        assertThat(e.errors()).containsExactly(new InputError("soreness", "must be a whole number from 0 to 10, got " + soreness));
        assertThat(e.getMessage()).isEqualTo("soreness must be a whole number from 0 to 10, got " + soreness);
    }

    @ParameterizedTest(name = "soreness \"{0}\" is missing")
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void missingSorenessIsRefusedNamingTheAllowedValues(String soreness) {
        assertThat(refused(raw("swedish", soreness)).getMessage())
                .isEqualTo("soreness is required: a whole number from 0 to 10");
    }

    @Test
    void aPreviousSorenessOutOfRangeIsRefusedUnderItsOwnName() {
        InvalidInputException e = refused(new Raw("swedish", "3", null, null, "11", null, null, null));

        assertThat(e.getMessage()).isEqualTo("previous-soreness must be a whole number from 0 to 10, got 11");
    }

    @ParameterizedTest(name = "massage \"{0}\" is refused")
    @ValueSource(strings = {"reiki", "Swedish", "deep tissue"})
    void anUnknownMassageIsRefusedListingTheCatalog(String massage) {
        assertThat(refused(raw(massage, "3")).getMessage())
                .isEqualTo("massage must be one of " + MASSAGES + ", got " + massage);
    }

    @ParameterizedTest(name = "massage \"{0}\" is missing")
    @NullAndEmptySource
    void aMissingMassageIsRefusedListingTheCatalog(String massage) {
        assertThat(refused(raw(massage, "3")).getMessage()).isEqualTo("massage is required; one of " + MASSAGES);
    }

    @ParameterizedTest(name = "quality \"{0}\" is refused")
    @ValueSource(strings = {"dull", "SHARP", ""})
    void aQualityOtherThanAchyOrSharpIsRefused(String quality) {
        assertThat(refused(new Raw("swedish", "3", quality, null, null, null, null, null)).getMessage())
                .isEqualTo("quality must be achy or sharp, got " + quality);
    }

    @ParameterizedTest(name = "hours \"{0}\" is refused")
    @ValueSource(strings = {"-1", "-0.5", "soon", "NaN", "Infinity", "-Infinity", "1e308", "1e3", "2000000.5",
            "99999999999", "\u0663\u0660", "\uFF13", "4,5", "0x10"})
    void hoursThatAreNotAFiniteNumberInAsciiDigitsFrom0ToTheLimitAreRefused(String hours) {
        assertThat(refused(new Raw("swedish", "3", null, hours, null, null, null, null)).getMessage())
                .isEqualTo("hours must be a number of hours from 0 to 2000000, such as 30 or 4.5, got " + hours);
    }

    @ParameterizedTest(name = "hours \"{0}\" is empty and refused")
    @ValueSource(strings = {"", " "})
    void anEmptyHoursValueIsRefusedNotReadAsZero(String hours) {
        assertThat(refused(new Raw("swedish", "3", null, hours, null, null, null, null)).getMessage())
                .isEqualTo("hours must be a number of hours from 0 to 2000000, such as 30 or 4.5, got an empty value");
    }

    @ParameterizedTest(name = "hours \"{0}\" is accepted")
    @CsvSource({"0,0", "30,30", "4.5,4.5", ".5,0.5", "7.,7", "2000000,2000000", "' 12 ',12"})
    void hoursInAsciiDigitsUpToTheLimitAreRead(String hours, double expected) {
        assertThat(parser.parse(new Raw("swedish", "3", null, hours, null, null, null, null)).hours()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "soreness \"{0}\" in other digits is refused")
    @ValueSource(strings = {"\u0663", "\u0969", "\uFF13", "\u0661\u0660"})
    void sorenessInDigitsOtherThanAsciiIsRefused(String soreness) {
        assertThat(refused(raw("swedish", soreness)).getMessage())
                .isEqualTo("soreness must be a whole number from 0 to 10, got " + soreness);
        assertThat(AssessmentParser.wholeSoreness(soreness)).isNull();
    }

    @Test
    void anEmptyPreviousSorenessIsRefusedWhileAMissingOneIsNotGiven() {
        assertThat(refused(new Raw("swedish", "3", null, null, "", null, null, null)).getMessage())
                .isEqualTo("previous-soreness must be a whole number from 0 to 10, got an empty value");
        assertThat(parser.parse(new Raw("swedish", "3", null, null, null, null, null, null)).previousSoreness()).isNull();
    }

    @ParameterizedTest(name = "{0} \"{1}\" is refused")
    @CsvSource(delimiter = '|', value = {
            "factor|tired|" + FACTORS,
            "red-flag|headache|" + FLAGS,
            "condition|asthma|" + CONDITIONS})
    void anUnknownIdIsRefusedListingTheAllowedIds(String input, String id, String allowed) {
        List<String> one = List.of(id);
        Raw raw = new Raw("swedish", "3", null, null, null,
                input.equals("factor") ? one : null, input.equals("red-flag") ? one : null,
                input.equals("condition") ? one : null);

        assertThat(refused(raw).errors()).containsExactly(new InputError(input, "must be one of " + allowed + ", got " + id));
    }

    @Test
    void everyBadInputIsNamedAtOnceSoAFormCanMarkEachField() {
        InvalidInputException e = refused(new Raw("reiki", "11", "dull", "-3", "x",
                List.of("tired"), List.of("headache"), List.of("asthma")));

        assertThat(e.errors()).extracting(InputError::input).containsExactly(
                "massage", "soreness", "previous-soreness", "quality", "hours", "factor", "red-flag", "condition");
        assertThat(e.first().describe("--")).startsWith("--massage must be one of ");
        assertThat(e.getMessage()).contains("; soreness must be a whole number from 0 to 10, got 11; ");
    }
}
