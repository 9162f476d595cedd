package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.assess.PlannerService;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.clinic.sheet.SheetContent;
import com.ublives.recovery.journal.JournalService;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.Outcome;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sessions kept as journal recoveries with a client: the one model the issue asks for. The sheet
 * shows the expectation at the end of the session (hours 0), with the client's health conditions.
 */
public final class JournalSessionBook implements SessionBook {

    private final JournalService journal;
    private final ClinicService clinic;
    private final PlannerService planner;
    private final ZoneId zone;

    public JournalSessionBook(JournalService journal, ClinicService clinic, PlannerService planner, ZoneId zone) {
        this.journal = journal;
        this.clinic = clinic;
        this.planner = planner;
        this.zone = zone;
    }

    @Override
    public Recovery record(NewRecovery session) {
        if (session.clientId() == null) {
            throw new InvalidInputException("client", "is required: choose the client of the session");
        }
        Client client = clinic.client(session.clientId()).orElseThrow(() ->
                new InvalidInputException("client", session.clientId() + ": no such client"));
        // The client's conditions go with the session, so the journal judges it as the sheet does.
        Set<String> conditions = new LinkedHashSet<>(session.conditions());
        conditions.addAll(client.conditions());
        return journal.addRecovery(session.withConditions(new ArrayList<>(conditions)));
    }

    @Override
    public List<SessionRow> on(LocalDate day) {
        Map<Long, String> names = new HashMap<>();
        List<SessionRow> rows = new ArrayList<>();
        for (Recovery r : journal.recoveries()) {
            if (r.clientId() != null && r.startedAt().atZone(zone).toLocalDate().equals(day)) {
                String name = names.computeIfAbsent(r.clientId(),
                        id -> clinic.client(id).map(Client::name).orElse("?"));
                rows.add(new SessionRow(r, name));
            }
        }
        rows.sort(Comparator.comparing((SessionRow row) -> row.session().startedAt()).thenComparing(SessionRow::id));
        return rows;
    }

    @Override
    public SheetContent sheet(long sessionId) {
        Recovery r = journal.recovery(sessionId).orElseThrow(() ->
                new InvalidInputException("session", sessionId + ": no such session"));
        Client client = r.clientId() == null ? null : clinic.client(r.clientId()).orElse(null);
        Set<String> conditions = new LinkedHashSet<>(r.conditions());
        if (client != null) {
            conditions.addAll(client.conditions());
        }
        Outcome outcome = planner.assess(new AssessmentParser.Raw(r.massage(),
                r.endSoreness() == null ? "0" : r.endSoreness().toString(), r.quality().id(), "0", null,
                r.factors(), List.of(), new ArrayList<>(conditions)));
        MassageType type = planner.ruleSet().massageType(r.massage());
        return new SheetContent(clinic.profile(), null, client == null ? "" : client.name(),
                r.startedAt().atZone(zone).toLocalDate(), r.therapist(), type == null ? r.massage() : type.name(),
                outcome, planner.ruleSet());
    }
}
