package com.ublives.recovery.rules;

/** The three phases a plan is shown in: first 24 h, 24–48 h, 48–72 h (and after). */
public enum Phase {
    FIRST_DAY("First 24 hours", 0, 24),
    SECOND_DAY("24–48 hours", 24, 48),
    THIRD_DAY("48–72+ hours", 48, Integer.MAX_VALUE);

    private final String label;
    private final int from;
    private final int to;

    Phase(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    /** An item applies in a phase when its hours overlap the phase's hours; open ends reach to 0 and to the end. */
    public boolean overlaps(Integer fromHour, Integer toHour) {
        int itemFrom = fromHour == null ? 0 : fromHour;
        int itemTo = toHour == null ? Integer.MAX_VALUE : toHour;
        return itemFrom < to && itemTo > from;
    }
}
