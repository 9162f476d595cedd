package com.ublives.recovery.rules;

public enum Status {
    NO_SORENESS, ON_TRACK, LONGER_THAN_EXPECTED, PAST_72_HOURS
}
