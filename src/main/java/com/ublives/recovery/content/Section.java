package com.ublives.recovery.content;

/**
 * The parts of the rule set the Content screen lists, in its order, each with the name the rule set
 * file and the validator give its rows ("massageTypes[cupping]") and whether a clinic may add rows.
 */
public enum Section {
    MASSAGES("massageTypes", true),
    BANDS("bands", false),
    SEVERITIES("severities", false),
    FACTORS("factors", true),
    RED_FLAGS("redFlags", true),
    CONDITIONS("conditions", true),
    WARNINGS("warningRules", false),
    PLAN_ITEMS("planItems", true);

    private final String file;
    private final boolean addable;

    Section(String file, boolean addable) {
        this.file = file;
        this.addable = addable;
    }

    /** The section's name in the rule set file and in the validator's messages. */
    public String file() {
        return file;
    }

    /** A clinic may add (and delete) rows here; bands, cut-points and warnings it may only change. */
    public boolean addable() {
        return addable;
    }

    /** "massageTypes[cupping]", as the validator names a row. */
    public String row(String id) {
        return file + "[" + id + "]";
    }
}
