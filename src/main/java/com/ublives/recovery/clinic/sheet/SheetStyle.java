package com.ublives.recovery.clinic.sheet;

import java.awt.Color;

/** The sheet's colours and fixed measures in one place; sizes in points at scale 1. */
final class SheetStyle {

    static final Color INK = new Color(0x22, 0x28, 0x2B);
    static final Color MUTED = new Color(0x5F, 0x69, 0x6E);
    static final Color PRIMARY = new Color(0x1F, 0x6F, 0x78);
    static final Color PRIMARY_LIGHT = new Color(0x8C, 0xC3, 0xC8);
    static final Color TINT = new Color(0xEA, 0xF4, 0xF5);
    static final Color LINE = new Color(0xC9, 0xD1, 0xD4);
    static final Color FAINT = new Color(0xE7, 0xEB, 0xED);
    static final Color AMBER = new Color(0xF0, 0xB8, 0x5A);
    static final Color AMBER_INK = new Color(0x8A, 0x55, 0x00);
    static final Color ALERT = new Color(0xB3, 0x26, 0x1E);
    static final Color ALERT_TINT = new Color(0xFD, 0xEE, 0xEC);

    static final float MARGIN = 36;
    static final float LEADING = 1.3f;
    /** The baseline sits this far below the top of a line, as a share of the font size. */
    static final float ASCENT = 0.9f;

    private SheetStyle() {
    }
}
