package com.ublives.recovery.clinic.sheet;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextWrapTest {

    private static final SheetFont FONT = SheetFont.load();
    private final TextWrap wrap = new TextWrap(FONT);

    @Test
    void shortTextStaysOnOneLine() {
        assertThat(wrap.lines("Drink water", 10, 200, 0)).containsExactly("Drink water");
    }

    @Test
    void longTextBreaksAtSpacesAndEveryLineFits() {
        String text = "Take short walks and do light chores. Resting is good, but lying still all day can make stiffness worse.";
        List<String> lines = wrap.lines(text, 10, 120, 0);
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allSatisfy(line -> assertThat(FONT.width(line, 10)).isLessThanOrEqualTo(120));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void chineseBreaksBetweenIdeographsWithoutSpaces() {
        String text = "李小龍李小龍李小龍李小龍李小龍李小龍李小龍李小龍";
        List<String> lines = wrap.lines(text, 10, 45, 0);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo(text);
        assertThat(lines).allSatisfy(line -> assertThat(FONT.width(line, 10)).isLessThanOrEqualTo(45));
    }

    @Test
    void aWordWiderThanTheLineIsCutWhereItMust() {
        List<String> lines = wrap.lines("Brzęczyszczykiewiczowski", 10, 40, 0);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo("Brzęczyszczykiewiczowski");
    }

    @Test
    void hyphenatedNamesMayBreakAfterTheHyphen() {
        assertThat(wrap.lines("Zoë Łukasz-Müller", 10, FONT.width("Zoë Łukasz-", 10) + 1, 0))
                .containsExactly("Zoë Łukasz-", "Müller");
    }

    @Test
    void textPastTheLineLimitEndsInDots() {
        List<String> lines = wrap.lines("one two three four five six seven eight nine ten", 10, 60, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("...");
        assertThat(FONT.width(lines.get(1), 10)).isLessThanOrEqualTo(60);
    }

    @Test
    void printableComposesAccentsFoldsWhiteSpaceAndReplacesMissingGlyphs() {
        assertThat(FONT.printable("Zoe\u0308\t Łukasz\nMüller ")).isEqualTo("Zoë Łukasz Müller");
        assertThat(FONT.printable("Ana \uD83D\uDE00")).isEqualTo("Ana ?");
        assertThat(FONT.printable("a\u0000b")).isEqualTo("ab");
    }
}
