package com.ublives.recovery.journal.screen;

import com.ublives.recovery.rules.Level;

/**
 * One warning of the engine as the journal shows it: named with its level in words ("Caution: Sharp
 * pain") where room is short, told in full ("Caution: Sharp pain is not the usual ache…") where it is
 * not. The level is a word as well as a colour, so it reads the same without colour.
 */
public record WarningLine(Level level, String code, String named, String told) {
}
