package com.ublives.recovery.clinic.sheet;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    void printableComposesAccentsFoldsWhiteSpaceAndLeavesOutWhatNoFontHas() {
        assertThat(FONT.printable("Zoe\u0308\t Łukasz\nMüller ")).isEqualTo("Zoë Łukasz Müller");
        Set<String> leftOut = new LinkedHashSet<>();
        assertThat(FONT.printable("Ana \uD83D\uDE00 Silva \uD83D\uDC4D\uD83C\uDFFD", leftOut)).isEqualTo("Ana Silva");
        assertThat(leftOut).containsExactly("\uD83D\uDE00", "\uD83D\uDC4D", "\uD83C\uDFFD");
        assertThat(FONT.printable("a\u0000b")).isEqualTo("ab");
        // A zero-width non-joiner inside a Persian word changes its shape, so it stays; at the start it goes.
        assertThat(FONT.printable("\u200Cمی\u200Cخواهم")).isEqualTo("می\u200Cخواهم");
    }

    @Test
    void shapedTextIsMeasuredAsTheJdkLaysItOut() throws Exception {
        for (String[] sample : new String[][] {{"محمد عبد الله", "NotoSansArabic-Regular.ttf"},
                {"प्रिया शर्मा", "NotoSansDevanagari-Regular.ttf"}, {"ปิ่น น้ำฝน", "NotoSansThai-Regular.ttf"}}) {
            Font font;
            try (InputStream in = SheetFont.class.getResourceAsStream("font/" + sample[1])) {
                font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(10f);
            }
            float jdk = new TextLayout(sample[0], font, new FontRenderContext(null, true, true)).getAdvance();
            assertThat(FONT.width(sample[0], 10)).as(sample[0]).isCloseTo(jdk, Offset.offset(0.01f));
        }
    }

    @Test
    void aLongIndicWordIsCutBetweenSyllablesNeverInsideOne() {
        String word = "क्षत्रियप्रियाशर्मा".repeat(3);
        List<String> lines = wrap.lines(word, 10, 30, 0);
        assertThat(lines).hasSizeGreaterThan(3);
        assertThat(String.join("", lines)).isEqualTo(word);
        assertThat(lines).allSatisfy(line -> assertThat(Character.getType(line.codePointAt(0)))
                .as("%s starts with a vowel sign or virama", line)
                .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK));
    }
}
