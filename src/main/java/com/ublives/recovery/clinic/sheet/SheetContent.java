package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.clinic.ClinicProfile;
import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.RuleSet;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything one aftercare sheet shows, as a plain value: the renderer reads no database.
 * Paper null means the clinic's default paper. Language is the one the sheet's own words and dates are
 * printed in (the client's); the outcome and the massage name come already in it.
 */
public record SheetContent(ClinicProfile clinic, Paper paper, String clientName, LocalDate date,
                           String therapist, String massageName, Outcome outcome, RuleSet rules, Language language) {

    /** A sheet in English. */
    public SheetContent(ClinicProfile clinic, Paper paper, String clientName, LocalDate date,
                        String therapist, String massageName, Outcome outcome, RuleSet rules) {
        this(clinic, paper, clientName, date, therapist, massageName, outcome, rules, Language.ENGLISH);
    }

    public SheetContent {
        clinic = clinic == null ? ClinicProfile.unset() : clinic;
        paper = paper == null ? clinic.paper() : paper;
        clientName = clientName == null ? "" : clientName;
        therapist = therapist == null ? "" : therapist;
        massageName = massageName == null ? "" : massageName;
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rules, "rules");
        language = language == null ? Language.ENGLISH : language;
    }

    /**
     * A person's own plan on paper ("plan --pdf", "Save as PDF"): the clinic's layout with its check-in grid,
     * but no clinic header, client or therapist.
     */
    public static SheetContent personal(LocalDate date, Outcome outcome, RuleSet rules) {
        return personal(date, outcome, rules, Language.ENGLISH);
    }

    /** A person's own plan on paper in this language: the outcome and rules must be judged in it too. */
    public static SheetContent personal(LocalDate date, Outcome outcome, RuleSet rules, Language language) {
        MassageType type = rules.massageType(outcome.assessment().massage());
        return new SheetContent(ClinicProfile.unset(), null, "", date, "",
                type == null ? outcome.assessment().massage() : type.name(), outcome, rules, language);
    }

    /** The same sheet on other paper. */
    public SheetContent onPaper(Paper other) {
        return new SheetContent(clinic, other, clientName, date, therapist, massageName, outcome, rules, language);
    }

    /** No clinic and no client: a sheet a person printed for themselves. A clinic's sheet always names its client. */
    public boolean isPersonal() {
        return clinic.name().isEmpty() && clientName.isBlank();
    }
}
