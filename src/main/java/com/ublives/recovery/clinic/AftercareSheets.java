package com.ublives.recovery.clinic;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.rules.RuleSet;

import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.clinic.sheet.SheetContent;
import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.Outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts together what a sheet shows (clinic, client, session, the engine's outcome) from the stored
 * clinic and the rules in use, for the window and the command line alike.
 */
public final class AftercareSheets {

    private final ClinicService clinic;
    private final PlannerService planner;

    public AftercareSheets(ClinicService clinic, PlannerService planner) {
        this.clinic = clinic;
        this.planner = planner;
    }

    /** The sheet of a stored session; refused (input "session") when there is no such session. */
    public SheetContent forSession(long sessionId, Paper paper) {
        ClinicSession session = clinic.session(sessionId).orElseThrow(() -> new InvalidInputException("session",
                Phrase.of("input.session.unknownExplained", sessionId)));
        return sheet(session, clinic.profile(), paper);
    }

    /** A sheet for every session of the date, in time order; refused (input "date") when there are none. */
    public List<SheetContent> forDate(LocalDate date, Paper paper) {
        List<ClinicSession> sessions = clinic.sessionsOn(date);
        if (sessions.isEmpty()) {
            throw new InvalidInputException("date", Phrase.of("input.date.noSessions", date));
        }
        ClinicProfile profile = clinic.profile();
        List<SheetContent> sheets = new ArrayList<>(sessions.size());
        for (ClinicSession session : sessions) {
            sheets.add(sheet(session, profile, paper));
        }
        return sheets;
    }

    /**
     * The session judged as it ended: its soreness at the end (0 if not noted), hours 0, and its
     * factors and conditions. The sheet looks ahead from the session: it is made from the session alone.
     */
    private SheetContent sheet(ClinicSession r, ClinicProfile profile, Paper paper) {
        Assessment assessment = new Assessment(r.massage(), r.endSoreness() == null ? 0 : r.endSoreness(), r.quality(), 0,
                null, Set.copyOf(r.factors()), Set.of(), Set.copyOf(r.conditions()));
        // in the client's language, whatever the desk's: rule texts, the sheet's words and its dates
        Language reads = r.client().language();
        Outcome outcome = planner.assess(assessment, reads.code());
        RuleSet rules = planner.ruleSet(reads.code());
        MassageType massage = rules.massageType(r.massage());
        return new SheetContent(profile, paper, r.client().name(), LocalDate.ofInstant(r.startedAt(), clinic.zone()),
                r.therapist(), massage == null ? r.massage() : massage.name(), outcome, rules, reads);
    }

    /**
     * A sheet for an assessment typed in (not a stored session). If the client is on file under that
     * exact name, their health conditions are added, so advice unsafe for them is left out even when
     * nobody repeated the conditions. Paper null: the clinic's default.
     */
    public SheetContent forAssessment(String clientName, String therapist, LocalDate date, Paper paper,
                                      AssessmentParser.Raw raw) {
        if (clientName == null || clientName.isBlank()) {
            throw new InvalidInputException("client", Phrase.of("input.client.required"));
        }
        Optional<Client> onFile = clinic.clientNamed(clientName);
        Set<String> conditions = new LinkedHashSet<>(raw.conditions() == null ? List.of() : raw.conditions());
        onFile.ifPresent(client -> conditions.addAll(client.conditions()));
        AssessmentParser.Raw withConditions = new AssessmentParser.Raw(raw.massage(), raw.soreness(), raw.quality(),
                raw.hours(), raw.previousSoreness(), raw.factors(), raw.redFlags(), new ArrayList<>(conditions));
        // a client on file reads their own language; anyone else the desk's
        Language reads = onFile.map(Client::language)
                .orElse(Language.of(planner.language()).orElse(Language.ENGLISH));
        Outcome outcome = planner.assess(planner.assess(withConditions).assessment(), reads.code());
        RuleSet rules = planner.ruleSet(reads.code());
        MassageType massage = rules.massageType(outcome.assessment().massage());
        return new SheetContent(clinic.profile(), paper, clientName.strip(), date, therapist,
                massage == null ? outcome.assessment().massage() : massage.name(), outcome, rules, reads);
    }
}
