package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.i18n.Conventions;
import com.ublives.recovery.clinic.ChangedElsewhereException;
import com.ublives.recovery.ui.Choice;
import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.clinic.AftercareSheets;
import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.clinic.ClinicSession;
import com.ublives.recovery.clinic.NewSession;
import com.ublives.recovery.clinic.sheet.SheetContent;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.InputError;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.ui.FailureText;
import com.ublives.recovery.ui.MomentInput;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;

/**
 * Records a session for a client, or changes one opened from a client's history, and lists the sessions of
 * a day, whose sheets can be previewed, saved or printed together; no nodes. Input is checked by the engine's
 * own parser first, so the form refuses what the command line refuses, naming the field.
 */
public final class SessionsViewModel {

    /** Areas worked, stored as ids on the session. */
    public static final List<String> AREAS = List.of("head-face", "neck", "shoulders", "upper-back", "lower-back",
            "arms", "hands", "chest", "abdomen", "hips-glutes", "legs", "feet");

    private final ClinicService clinic;
    private final AftercareSheets sheets;
    private final PlannerService planner;
    private final PreviewViewModel preview;
    private final SheetOutput batch;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    // the day's list is read again on every day picked and every change: only the newest read is shown
    private final BackgroundTasks.Latest dayReads;
    private final ResourceBundle texts;

    private final ObservableList<Client> clients = FXCollections.observableArrayList();
    private final ObjectProperty<Client> client = new SimpleObjectProperty<>(this, "client");
    private final MomentInput when;
    private final ObservableList<String> therapists = FXCollections.observableArrayList();
    private final StringProperty therapist = new SimpleStringProperty(this, "therapist", "");
    private final ObservableList<MassageType> massageTypes;
    private final ObjectProperty<MassageType> massage = new SimpleObjectProperty<>(this, "massage");
    private final ObjectProperty<String> pressure = new SimpleObjectProperty<>(this, "pressure");
    private final List<Choice> areas;
    private final StringProperty soreness = new SimpleStringProperty(this, "soreness", "0");
    private final List<Choice> factors;
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    private final ReadOnlyStringWrapper clientError = new ReadOnlyStringWrapper(this, "clientError");
    private final ReadOnlyStringWrapper whenError = new ReadOnlyStringWrapper(this, "whenError");
    private final ReadOnlyStringWrapper massageError = new ReadOnlyStringWrapper(this, "massageError");
    private final ReadOnlyStringWrapper sorenessError = new ReadOnlyStringWrapper(this, "sorenessError");
    private final FormMessage message = new FormMessage();
    /** The person set the date or time since the form was cleared; until then it follows the clock. */
    private boolean whenGiven;
    private boolean settingWhen;

    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final StringProperty unreadableDay = new SimpleStringProperty(this, "unreadableDay");
    private final ReadOnlyStringWrapper dayError = new ReadOnlyStringWrapper(this, "dayError");
    private final ObservableList<ClinicSession> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<ClinicSession> selectedSession = new SimpleObjectProperty<>(this, "selectedSession");

    private final ReadOnlyObjectWrapper<ClinicSession> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper(this, "formTitle");
    private final ReadOnlyStringWrapper recordText = new ReadOnlyStringWrapper(this, "recordText");
    private final ReadOnlyStringWrapper checkInsText = new ReadOnlyStringWrapper(this, "checkInsText", "");
    private final ReadOnlyStringWrapper changes = new ReadOnlyStringWrapper(this, "changes", "");
    private final ZoneId zone;

    public SessionsViewModel(ClinicService clinic, AftercareSheets sheets, PlannerService planner, PreviewViewModel preview,
                             SheetOutput batch, DialogService dialogs, BackgroundTasks tasks, ResourceBundle texts,
                             Clock clock) {
        this.clinic = clinic;
        this.sheets = sheets;
        this.planner = planner;
        this.preview = preview;
        this.batch = batch;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.dayReads = tasks.latest();
        this.texts = texts;
        this.zone = clock.getZone();
        // A clinic may record a session it is about to give, so the future is allowed.
        this.when = new MomentInput(texts, clock, "clinic.sessions.error.date", "clinic.sessions.error.time", null);
        this.massageTypes = FXCollections.observableArrayList(planner.ruleSet().massageTypes());
        this.areas = Choice.of(AREAS, id -> id, id -> texts.getString("clinic.area." + id));
        this.factors = Choice.of(planner.ruleSet().factors(), f -> f.id(), f -> f.label());
        LocalDate today = LocalDate.now(clock);
        day.set(today);
        when.dateProperty().addListener(o -> whenGiven |= !settingWhen);
        when.timeProperty().addListener(o -> whenGiven |= !settingWhen);
        // text typed into a date field that is no date is said at once, not only when recording
        when.unreadableDateProperty().addListener((o, was, typed) -> {
            whenGiven |= !settingWhen;
            if (typed != null || whenError.get() != null) {
                whenError.set(when.problem());
            }
        });
        unreadableDay.addListener((o, was, typed) ->
                dayError.set(typed == null ? null : MomentInput.notADate(texts, typed, LocalDate.now(zone))));
        clearForm();
    }

    public ObservableList<Client> clients() { return clients; }
    public ObjectProperty<Client> clientProperty() { return client; }
    public ObjectProperty<LocalDate> dateProperty() { return when.dateProperty(); }
    /** The time of the session as typed, e.g. 14:30. */
    public StringProperty timeProperty() { return when.timeProperty(); }
    /** What was typed into the session's date field when it is no date, else null. */
    public StringProperty unreadableDateProperty() { return when.unreadableDateProperty(); }
    /** The clinic's therapists, to choose from; any other name may be typed. */
    public ObservableList<String> therapists() { return therapists; }
    public StringProperty therapistProperty() { return therapist; }
    public ObservableList<MassageType> massageTypes() { return massageTypes; }
    public ObjectProperty<MassageType> massageProperty() { return massage; }
    public List<String> pressures() { return ClinicService.PRESSURES; }
    public String pressureLabel(String id) { return id == null ? "" : texts.getString("clinic.pressure." + id); }
    public ObjectProperty<String> pressureProperty() { return pressure; }
    public List<Choice> areas() { return areas; }
    /** Soreness at the end of the session, 0–10, as typed. */
    public StringProperty sorenessProperty() { return soreness; }
    public List<Choice> factors() { return factors; }
    public StringProperty notesProperty() { return notes; }
    public ReadOnlyStringProperty clientErrorProperty() { return clientError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty whenErrorProperty() { return whenError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty massageErrorProperty() { return massageError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty sorenessErrorProperty() { return sorenessError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.textProperty(); }
    /** Whether the message says what stopped the session from being recorded (shown as an error). */
    public javafx.beans.property.ReadOnlyBooleanProperty messageIsErrorProperty() { return message.errorProperty(); }
    /** The day whose sessions are listed (and saved or printed together). */
    public ObjectProperty<LocalDate> dayProperty() { return day; }
    /** What was typed into the day's field when it is no date (the list stays on its day), else null. */
    public StringProperty unreadableDayProperty() { return unreadableDay; }
    /** How to write a day, while {@link #unreadableDayProperty()} holds text that is none. */
    public ReadOnlyStringProperty dayErrorProperty() { return dayError.getReadOnlyProperty(); }
    public ObservableList<ClinicSession> sessions() { return sessions; }
    public ObjectProperty<ClinicSession> selectedSessionProperty() { return selectedSession; }
    public SheetOutput batch() { return batch; }
    /** The stored session the form shows to be changed, or null while it records a new one. */
    public ReadOnlyObjectProperty<ClinicSession> editingProperty() { return editing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty formTitleProperty() { return formTitle.getReadOnlyProperty(); }
    /** "Record session", or "Save changes" while a stored session is shown. */
    public ReadOnlyStringProperty recordTextProperty() { return recordText.getReadOnlyProperty(); }
    /** The check-ins kept with the shown session (from before sessions left the journal), with every warning. */
    public ReadOnlyStringProperty checkInsTextProperty() { return checkInsText.getReadOnlyProperty(); }
    /** Changes its value each time a session is recorded or changed. */
    public ReadOnlyStringProperty changesProperty() { return changes.getReadOnlyProperty(); }

    /** Reads the clients and the clinic's therapists again (a client may just have been added). */
    public CompletableFuture<?> reloadChoices() {
        return tasks.run(() -> new Object[] {clinic.searchClients(""), clinic.profile().therapists(),
                planner.ruleSet().massageTypes()}, found -> {
            @SuppressWarnings("unchecked") List<Client> all = (List<Client>) found[0];
            @SuppressWarnings("unchecked") List<String> names = (List<String>) found[1];
            @SuppressWarnings("unchecked") List<MassageType> types = (List<MassageType>) found[2];
            // the clinic's own massage types (Content screen) are offered once saved, without a restart
            if (!massageTypes.equals(types)) {
                massageTypes.setAll(types);
            }
            Client keep = client.get();
            clients.setAll(all);
            client.set(keep == null ? null : all.stream().filter(c -> c.id().equals(keep.id())).findFirst().orElse(null));
            therapists.setAll(names);
        }, this::failed);
    }

    public CompletableFuture<List<ClinicSession>> loadDay() {
        LocalDate which = day.get();
        if (which == null) {
            dayReads.dropPending();
            sessions.clear();
            return CompletableFuture.completedFuture(List.of());
        }
        return dayReads.run(() -> clinic.sessionsOn(which), rows -> {
            Long keep = selectedSession.get() == null ? null : selectedSession.get().id();
            sessions.setAll(rows);
            selectedSession.set(rows.stream().filter(r -> keep != null && r.id() == keep).findFirst()
                    .orElse(rows.isEmpty() ? null : rows.get(rows.size() - 1)));
        }, this::failed);
    }

    /**
     * Checks the form and stores the session (a new one, or the changes to the one shown), then lists its
     * day with that session chosen.
     */
    public CompletableFuture<ClinicSession> record() {
        keepTimeCurrent();
        NewSession session = checked();
        if (session == null) {
            return CompletableFuture.completedFuture(null);
        }
        ClinicSession changing = editing.get();
        String who = client.get().name();
        String at = MomentInput.TIME.format(when.localDateTime());
        return tasks.run(() -> changing == null ? clinic.recordSession(session)
                : clinic.updateSession(changing.id(), changing.version(), session), stored -> {
            message.done(MessageFormat.format(texts.getString(changing == null ? "clinic.sessions.recorded"
                    : "clinic.sessions.saved"), who, at));
            clearForm();
            showInDay(stored);
            changes.set(Long.toString(System.nanoTime()));
        }, this::failed);
    }

    /** Shows a stored session in the form, to read or change it, and lists its day with it chosen. */
    public CompletableFuture<?> edit(ClinicSession session) {
        clearForm();
        editing.set(session);
        formTitle.set(MessageFormat.format(texts.getString("clinic.sessions.editTitle"), session.client().name(),
                Conventions.of(texts).dateTimeWithYear(session.startedAt(), zone)));
        recordText.set(texts.getString("clinic.sessions.save"));
        client.set(clients.stream().filter(c -> c.id().equals(session.client().id())).findFirst()
                .orElse(session.client()));
        when.set(session.startedAt());
        therapist.set(session.therapist() == null ? "" : session.therapist());
        massage.set(massageTypes.stream().filter(t -> t.id().equals(session.massage())).findFirst().orElse(null));
        pressure.set(session.pressure());
        Choice.select(areas, session.areas());
        soreness.set(session.endSoreness() == null ? "" : session.endSoreness().toString());
        Choice.select(factors, session.factors());
        notes.set(session.note() == null ? "" : session.note());
        message.done("");
        showInDay(session);
        return tasks.run(() -> clinic.checkInsOf(session.id()), found -> {
            if (editing.get() != null && editing.get().id() == session.id()) {
                checkInsText.set(SessionCheckIns.describe(found, planner::spoken, texts, zone));
            }
        }, this::failed);
    }

    /** A deleted session leaves the form (if shown there) and the day's list. */
    public void forget(ClinicSession session) {
        if (session != null && editing.get() != null && editing.get().id() == session.id()) {
            clearForm();
        }
        loadDay();
    }

    private void showInDay(ClinicSession session) {
        selectedSession.set(session);
        day.set(LocalDate.ofInstant(session.startedAt(), zone));
        loadDay();
    }

    /** Opens the preview of the chosen session's sheet. */
    public void previewSelected() {
        ClinicSession row = selectedSession.get();
        if (row != null) {
            preview.show(row.id());
        }
    }

    public CompletableFuture<Void> saveDay() {
        LocalDate which = day.get();
        return batch.save(() -> sheetsOf(which), "aftercare-" + which + ".pdf");
    }

    public CompletableFuture<Void> printDay() {
        LocalDate which = day.get();
        return batch.print(() -> sheetsOf(which), MessageFormat.format(texts.getString("clinic.print.jobDay"), which.toString()));
    }

    /** An empty form for a new session; a session being changed is let go unsaved. */
    public void clearForm() {
        editing.set(null);
        formTitle.set(texts.getString("clinic.sessions.title"));
        recordText.set(texts.getString("clinic.sessions.record"));
        checkInsText.set("");
        client.set(null);
        setWhen(when::setNow);
        therapist.set("");
        massage.set(null);
        pressure.set("medium");
        areas.forEach(a -> a.selected().set(false));
        soreness.set("0");
        whenGiven = false;
        factors.forEach(f -> f.selected().set(false));
        notes.set("");
        clientError.set(null);
        whenError.set(null);
        massageError.set(null);
        sorenessError.set(null);
    }

    private List<SheetContent> sheetsOf(LocalDate which) {
        // forDate refuses a day without sessions; the output says so in its own words.
        return clinic.sessionsOn(which).isEmpty() ? List.of() : sheets.forDate(which, null);
    }

    /** The session to store, or null with every problem marked on its field. */
    NewSession checked() {
        clientError.set(client.get() == null ? texts.getString("clinic.sessions.error.client") : null);
        whenError.set(when.problem());
        massageError.set(null);
        sorenessError.set(null);
        try {
            planner.assess(new AssessmentParser.Raw(massage.get() == null ? null : massage.get().id(), sorenessOrZero(),
                    null, "0", null, Choice.selectedIds(factors), List.of(), List.of()));
        } catch (InvalidInputException invalid) {
            for (InputError error : invalid.errors()) {
                if (error.input().equals("massage")) {
                    massageError.set(texts.getString("clinic.sessions.error.massage"));
                } else if (error.input().equals("soreness")) {
                    sorenessError.set(FailureText.described(error, texts));
                }
            }
        }
        List<String> problems = java.util.stream.Stream.of(clientError.get(), whenError.get(), massageError.get(),
                sorenessError.get()).filter(java.util.Objects::nonNull).toList();
        if (!problems.isEmpty()) {
            // each problem names its field and what it wants, so the message alone says what to fix
            message.failed(MessageFormat.format(texts.getString("clinic.sessions.error.fix"), String.join(" ", problems)));
            return null;
        }
        ClinicSession changing = editing.get();
        // What the form does not show stays as stored: the pain quality and the conditions (the service adds the
        // client's again; a condition is never dropped, or unsafe advice could come back on the sheet).
        return new NewSession(client.get().id(), when.instant(),
                blankToNull(therapist.get()), massage.get().id(), pressure.get(), Choice.selectedIds(areas),
                AssessmentParser.wholeSoreness(soreness.get()),
                changing == null ? PainQuality.ACHY : changing.quality(), Choice.selectedIds(factors),
                changing == null ? List.of() : changing.conditions(), blankToNull(notes.get()));
    }

    /** The end soreness may be left empty (not noted); the sheet then reads it as 0, as the command line does. */
    private String sorenessOrZero() {
        return soreness.get() == null || soreness.get().isBlank() ? "0" : soreness.get();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The session's date and time as now, unless the person gave them: a form left open a while must not
     * record the moment it was last cleared (a session at 17:14 stored as 17:08).
     */
    public void keepTimeCurrent() {
        if (!whenGiven) {
            setWhen(when::setNow);
        }
    }

    /** "Now": the session is at this moment, and stays there. */
    public void now() {
        setWhen(when::setNow);
        whenGiven = true;
    }

    private void setWhen(Runnable change) {
        settingWhen = true;
        try {
            change.run();
        } finally {
            settingWhen = false;
        }
    }

    private void failed(Throwable failure) {
        String reason = FailureText.sentence(failure, texts);
        message.failed(reason);
        if (!(failure instanceof InvalidInputException)) {
            dialogs.showError(texts.getString("clinic.failed"), reason);
        }
        ClinicSession changing = editing.get();
        if (ChangedElsewhereException.causedIn(failure) && changing != null) {
            // another desk saved the session first: show what is stored now, so nothing is overwritten
            tasks.run(() -> clinic.session(changing.id()), found -> found.ifPresent(stored -> {
                edit(stored);
                message.failed(reason); // the form is new, the reason it was reloaded stays in view
            }), ignored -> { });
        }
    }
}
