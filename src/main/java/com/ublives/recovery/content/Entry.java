package com.ublives.recovery.content;

/** One row of the rule set as the Content screen lists it: its section, id, and what a person reads for it. */
public record Entry(Section section, String id, String title) {
}
