package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.clinic.ClinicProfile;
import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.RuleSet;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything one aftercare sheet shows, as a plain value: the renderer reads no database.
 * Paper null means the clinic's default paper.
 */
public record SheetContent(ClinicProfile clinic, Paper paper, String clientName, LocalDate date,
                           String therapist, String massageName, Outcome outcome, RuleSet rules) {

    public SheetContent {
        clinic = clinic == null ? ClinicProfile.unset() : clinic;
        paper = paper == null ? clinic.paper() : paper;
        clientName = clientName == null ? "" : clientName;
        therapist = therapist == null ? "" : therapist;
        massageName = massageName == null ? "" : massageName;
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rules, "rules");
    }
}
