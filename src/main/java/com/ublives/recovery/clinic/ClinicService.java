package com.ublives.recovery.clinic;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.HealthCondition;
import com.ublives.recovery.rules.InputError;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.storage.JsonColumns;
import com.ublives.recovery.storage.StorageException;
import com.ublives.recovery.storage.Transactions;
import com.ublives.recovery.time.Times;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The clinic's profile, clients and sessions, for the window and the command line alike. Sessions live in
 * the clinic's own tables, apart from the person's journal (which must never show a client's data); the
 * rules judge them through the planner, as they judge the journal. Input is checked here (one message per
 * bad field, naming what is allowed) so both faces refuse the same things.
 * Database work: never call it on the JavaFX thread.
 */
public final class ClinicService {

    public static final int SEARCH_LIMIT = 200;
    public static final List<String> PRESSURES = List.of("light", "medium", "firm", "deep");
    private static final int MAX_AREA = 40;
    private static final int MAX_NOTE = 100_000;
    /** SQLSTATE of a foreign-key violation, the same in H2 and PostgreSQL. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final Transactions tx;
    private final PlannerService planner;
    private final Clock clock;
    private final ClinicProfileRepository profiles = new ClinicProfileRepository();
    private final ClientRepository clients = new ClientRepository();
    private final SessionRepository sessions = new SessionRepository();
    private final SessionCheckInRepository sessionCheckIns = new SessionCheckInRepository();

    public ClinicService(DataSource dataSource, PlannerService planner, Clock clock) {
        this.tx = new Transactions(dataSource);
        this.planner = planner;
        this.clock = clock;
    }

    /** The zone in which a session's date is read ("every session of 12 May"). */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** The stored profile, or an unset one (no name, A4) before the clinic is set up. */
    public ClinicProfile profile() {
        return tx.read("doing.readProfile", c -> profiles.load(c).orElse(ClinicProfile.unset()));
    }

    /**
     * Stores the profile; refused with {@link ChangedElsewhereException} when another desk saved it after
     * the version the profile carries was read. Returns it at its new version.
     */
    public ClinicProfile saveProfile(ClinicProfile profile) {
        List<InputError> errors = new ArrayList<>();
        required(errors, "name", profile.name(), 200);
        limit(errors, "address", profile.address(), 500);
        limit(errors, "phone", profile.phone(), 100);
        limit(errors, "email", profile.email(), 200);
        limit(errors, "website", profile.website(), 300);
        limit(errors, "footer", profile.footer(), 500);
        for (String therapist : profile.therapists()) {
            required(errors, "therapist", therapist, 200);
        }
        if (JsonColumns.write(profile.therapists()).length() > 4000) {
            errors.add(new InputError("therapist", Phrase.of("input.therapists.tooLong")));
        }
        if (profile.logo() != null) {
            try {
                Logo.check(profile.logo(), Phrase.of("input.logo.source"));
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        refuseIf(errors);
        Change mine = new Change(Change.desk(), clock.instant());
        return tx.inTransaction("doing.saveProfile", c -> {
            if (!profiles.save(c, profile, mine)) {
                throw changedElsewhere(Phrase.of("changed.profile"), profiles.lastChange(c).orElse(new Change(null, null)));
            }
            return profile.withVersion(profile.version() + 1);
        });
    }

    public Client addClient(Client client) {
        check(client);
        return tx.inTransaction("doing.addClient", c -> clients.insert(c, client, new Change(Change.desk(), clock.instant())));
    }

    public Client updateClient(Client client) {
        if (client.id() == null) {
            throw new IllegalArgumentException("A client must be stored before it is updated");
        }
        check(client);
        Change mine = new Change(Change.desk(), clock.instant());
        return tx.inTransaction("doing.updateClient", c -> {
            if (!clients.update(c, client, mine)) {
                Change theirs = clients.lastChange(c, client.id())
                        .orElseThrow(() -> new InvalidInputException("client", Phrase.of("input.client.unknown", client.id())));
                throw changedElsewhere(Phrase.of("changed.client", client.name()), theirs);
            }
            return client.withVersion(client.version() + 1);
        });
    }

    /** Another desk saved the row after it was read: nothing is overwritten, and the person learns by whom and when. */
    private ChangedElsewhereException changedElsewhere(Phrase what, Change theirs) {
        Object when = theirs.at() == null ? "" : Phrase.of("changed.when", new com.ublives.recovery.i18n.Moment(theirs.at(), zone()));
        Object who = theirs.by() == null || theirs.by().isBlank() ? "" : Phrase.of("changed.who", theirs.by());
        return new ChangedElsewhereException(Phrase.of("changed.elsewhere", what, who, when));
    }

    /**
     * Deletes a client. Refused (input "client") when sessions still name them: the database's
     * foreign key keeps every session's client, and the message says why instead of a constraint name.
     */
    public void deleteClient(long id) {
        boolean found;
        try {
            found = tx.inTransaction("doing.deleteClient", c -> clients.delete(c, id));
        } catch (StorageException e) {
            if (e.getCause() instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                throw new InvalidInputException("client", Phrase.of("input.client.hasSessions", id));
            }
            throw e;
        }
        if (!found) {
            throw new InvalidInputException("client", Phrase.of("input.client.unknown", id));
        }
    }

    public Optional<Client> client(long id) {
        return tx.read("doing.readClient", c -> clients.find(c, id));
    }

    /** Clients whose name contains the query, ignoring case and accents ("lukasz" finds "Łukasz"). */
    public List<Client> searchClients(String query) {
        return tx.read("doing.searchClients", c -> clients.search(c, query == null ? "" : query, SEARCH_LIMIT));
    }

    /** The one client with exactly this name (ignoring case and accents), if there is exactly one. */
    public Optional<Client> clientNamed(String name) {
        List<Client> found = clientsNamed(name);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Every client whose whole name is this one, ignoring case and accents (two clients may share a name). */
    public List<Client> clientsNamed(String name) {
        return tx.read("doing.findClient", c -> clients.findByName(c, name == null ? "" : name));
    }

    /**
     * Records a session in the clinic's own table. The client's stored health conditions are added to the
     * session's, so advice unsafe for them stays out of its sheet.
     */
    public ClinicSession recordSession(NewSession s) {
        NewSession session = checked(s);
        return tx.inTransaction("doing.recordSession", c -> sessions.find(c, sessions.insert(c, session, new Change(Change.desk(), clock.instant()))).orElseThrow());
    }

    /**
     * Replaces what a session says, checked as a new one is; the client's current conditions are added
     * again (conditions are only ever added: leaving one out could put unsafe advice on the sheet). Refused
     * with {@link ChangedElsewhereException} when another desk saved the session after {@code version} was read.
     */
    public ClinicSession updateSession(long id, int version, NewSession s) {
        NewSession session = checked(s);
        Change mine = new Change(Change.desk(), clock.instant());
        return tx.inTransaction("doing.saveSession", c -> {
            if (!sessions.update(c, id, version, session, mine)) {
                Change theirs = sessions.lastChange(c, id).orElseThrow(() -> noSuchSession(id));
                throw changedElsewhere(Phrase.of("changed.session", id), theirs);
            }
            return sessions.find(c, id).orElseThrow();
        });
    }

    /** Deletes a session with the check-ins kept with it. */
    public void deleteSession(long id) {
        boolean found = tx.inTransaction("doing.deleteSession", c -> sessions.delete(c, id));
        if (!found) {
            throw noSuchSession(id);
        }
    }

    /** The session of that id, if there is one. */
    public Optional<ClinicSession> session(long id) {
        return tx.read("doing.readSession", c -> sessions.find(c, id));
    }

    /** A client's sessions, newest first (none for an unknown client). */
    public List<ClinicSession> sessionsOf(long clientId) {
        return tx.read("doing.readClientSessions", c -> sessions.ofClient(c, clientId));
    }

    /** The check-ins kept with a session from before sessions left the journal, in time order; mostly none. */
    public List<SessionCheckIn> checkInsOf(long sessionId) {
        return tx.read("doing.readSessionCheckIns", c -> sessionCheckIns.forSession(c, sessionId));
    }

    /** Every session that started on that date (in the clinic's time zone), in time order. */
    public List<ClinicSession> sessionsOn(LocalDate date) {
        Instant from = date.atStartOfDay(zone()).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone()).toInstant();
        return tx.read("doing.readSessions", c -> sessions.startedBetween(c, from, to));
    }

    /**
     * The session to store: refused (naming the input) unless the client exists and the massage, soreness,
     * quality, factors and conditions are ones the rules accept; with the client's conditions added.
     */
    private NewSession checked(NewSession s) {
        Client client = client(s.clientId())
                .orElseThrow(() -> new InvalidInputException("client", Phrase.of("input.client.unknown", s.clientId())));
        if (s.pressure() != null && !s.pressure().isBlank() && !PRESSURES.contains(s.pressure())) {
            throw new InvalidInputException("pressure", Phrase.of("input.oneOf", String.join(", ", PRESSURES), s.pressure()));
        }
        for (String area : s.areas()) {
            if (area.isBlank() || area.length() > MAX_AREA) {
                throw new InvalidInputException("area", Phrase.of("input.area.length", MAX_AREA, area));
            }
        }
        if (s.startedAt() == null) {
            throw new InvalidInputException("at", Phrase.of("input.sessionAt.required"));
        }
        Times.checkMassage("at", s.startedAt(), clock);
        Set<String> conditions = new LinkedHashSet<>(client.conditions());
        conditions.addAll(s.conditions());
        // the engine's own parser names a bad massage, soreness, quality, factor or condition
        planner.assess(new AssessmentParser.Raw(s.massage(), s.endSoreness() == null ? "0" : s.endSoreness().toString(),
                s.quality().id(), "0", null, s.factors(), List.of(), new ArrayList<>(conditions)));
        List<InputError> errors = new ArrayList<>();
        limit(errors, "therapist", s.therapist(), 200);
        limit(errors, "note", s.note(), MAX_NOTE);
        refuseIf(errors);
        return new NewSession(client.id(), s.startedAt(), s.therapist(), s.massage(),
                s.pressure() == null || s.pressure().isBlank() ? null : s.pressure(), s.areas(), s.endSoreness(),
                s.quality(), s.factors(), new ArrayList<>(conditions), s.note());
    }

    private static InvalidInputException noSuchSession(long id) {
        return new InvalidInputException("session", Phrase.of("input.session.unknown", id));
    }

    private void check(Client client) {
        List<InputError> errors = new ArrayList<>();
        required(errors, "name", client.name(), 200);
        limit(errors, "phone", client.phone(), 100);
        limit(errors, "email", client.email(), 200);
        List<String> known = planner.ruleSet().conditions().stream().map(HealthCondition::id).collect(Collectors.toList());
        for (String condition : client.conditions()) {
            if (!known.contains(condition)) {
                errors.add(new InputError("condition", Phrase.of("input.oneOf", String.join(", ", known), condition)));
            }
        }
        refuseIf(errors);
    }

    private static void required(List<InputError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new InputError(field, Phrase.of("input.required")));
        } else {
            limit(errors, field, value, max);
        }
    }

    private static void limit(List<InputError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new InputError(field, Phrase.of("input.tooLong", max, value.length())));
        }
    }

    private static void refuseIf(List<InputError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
