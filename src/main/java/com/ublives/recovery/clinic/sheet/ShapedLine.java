package com.ublives.recovery.clinic.sheet;

import java.util.List;

/**
 * One line of text as it is drawn: runs of glyphs, each of one face and one direction, in the order
 * they stand from left to right. Widths are in ems, so one shaping serves every font size.
 */
record ShapedLine(List<Run> runs, float ems) {

    float width(float size) {
        return ems * size;
    }

    /**
     * Glyphs of one face, left to right. x and y place each glyph in font units from the run's start
     * (y down, as the JDK gives it); texts holds what each glyph stands for, so a PDF reader can give
     * the words back: a ligature stands for several characters, the second glyph of a split vowel
     * for none ("").
     */
    record Run(Face face, int[] glyphs, float[] x, float[] y, String[] texts, float advance) {

        float ems() {
            return advance / face.unitsPerEm();
        }
    }
}
