package com.ublives.recovery.journal.screen;

import com.ublives.recovery.i18n.Conventions;
import com.ublives.recovery.ui.Choice;
import com.ublives.recovery.journal.CheckIn;
import com.ublives.recovery.journal.NewCheckIn;
import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.ui.MomentInput;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * A check-in as properties: a new one for a recovery, or an existing one being edited. The slider and
 * the number field edit the same soreness; errors show once a field changed or saving was tried.
 */
public final class CheckInFormViewModel {

    static final int MAX_NOTE = 100_000;

    private final ResourceBundle texts;
    private final Clock clock;
    private final MomentInput when;
    private Function<String, String> massageName;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty sorenessText = new SimpleStringProperty(this, "sorenessText", "0");
    private final IntegerProperty soreness = new SimpleIntegerProperty(this, "soreness", 0);
    private final ObjectProperty<PainQuality> quality = new SimpleObjectProperty<>(this, "quality", PainQuality.ACHY);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final javafx.collections.ObservableList<Choice> redFlags = javafx.collections.FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rulesNote = new ReadOnlyStringWrapper(this, "rulesNote", "");
    /** The plan items of the recovery being checked in on: what the person can say they did. */
    private final javafx.collections.ObservableList<Choice> planItems = javafx.collections.FXCollections.observableArrayList();
    private final Function<Recovery, List<com.ublives.recovery.rules.Outcome.PlannedItem>> planOf;
    private final ReadOnlyStringWrapper whenError = new ReadOnlyStringWrapper(this, "whenError");
    private final ReadOnlyStringWrapper sorenessError = new ReadOnlyStringWrapper(this, "sorenessError");
    private final ReadOnlyStringWrapper noteError = new ReadOnlyStringWrapper(this, "noteError");
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final BooleanProperty whenTouched = new SimpleBooleanProperty(false);
    private final BooleanProperty sorenessTouched = new SimpleBooleanProperty(false);
    private long recoveryId;
    private CheckIn editing;

    public CheckInFormViewModel(RuleSet rules, ResourceBundle texts, Clock clock) {
        this(rules, texts, clock, r -> List.of());
    }

    /** planOf: the plan items the engine gives for a recovery (no database: the engine alone). */
    public CheckInFormViewModel(RuleSet rules, ResourceBundle texts, Clock clock,
                                Function<Recovery, List<com.ublives.recovery.rules.Outcome.PlannedItem>> planOf) {
        this.planOf = planOf;
        this.texts = texts;
        this.clock = clock;
        this.when = new MomentInput(texts, clock, "error.checkIn.date", "error.checkIn.time", "error.checkIn.future");
        this.massageName = names(rules);
        redFlags.setAll(Choice.of(rules.redFlags(), f -> f.id(), f -> f.label()));
        soreness.addListener((obs, old, now) -> {
            if (!String.valueOf(now.intValue()).equals(sorenessText.get() == null ? "" : sorenessText.get().trim())) {
                sorenessText.set(String.valueOf(now.intValue()));
            }
        });
        sorenessText.addListener((obs, old, now) -> {
            Integer value = AssessmentParser.wholeSoreness(now);
            if (value != null) {
                soreness.set(value);
            }
            sorenessTouched.set(true);
            refresh();
        });
        when.dateProperty().addListener(o -> touchWhen());
        when.timeProperty().addListener(o -> touchWhen());
        when.unreadableDateProperty().addListener(o -> touchWhen());
        note.addListener(o -> refresh());
        showAll.addListener(o -> refresh());
    }

    public StringProperty titleProperty() { return title; }
    public ObjectProperty<LocalDate> dateProperty() { return when.dateProperty(); }
    public StringProperty timeProperty() { return when.timeProperty(); }
    /** What was typed into the date field when it is no date, else null. */
    public StringProperty unreadableDateProperty() { return when.unreadableDateProperty(); }
    public StringProperty sorenessTextProperty() { return sorenessText; }
    public IntegerProperty sorenessProperty() { return soreness; }
    public ObjectProperty<PainQuality> qualityProperty() { return quality; }
    public StringProperty noteProperty() { return note; }
    public List<Choice> redFlags() { return redFlags; }
    /** Empty, or the sentence that says which warning sign the new rules in use took off the form. */
    public ReadOnlyStringProperty rulesNoteProperty() { return rulesNote.getReadOnlyProperty(); }

    /** Other rules were put in use: the warning signs follow; one that was ticked and is gone is named. */
    public void useRules(RuleSet rules) {
        massageName = names(rules);
        List<String> gone = Choice.replaceAll(redFlags, rules.redFlags(), f -> f.id(), f -> f.label());
        rulesNote.set(gone.isEmpty() ? "" : MessageFormat.format(texts.getString("rules.changed.gone"), String.join(", ", gone)));
    }

    private static Function<String, String> names(RuleSet rules) {
        return id -> rules.massageType(id) == null ? id : rules.massageType(id).name();
    }
    /** Rebuilt for each recovery the form opens on. */
    public javafx.collections.ObservableList<Choice> planItems() { return planItems; }
    public ReadOnlyStringProperty whenErrorProperty() { return whenError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty sorenessErrorProperty() { return sorenessError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noteErrorProperty() { return noteError.getReadOnlyProperty(); }

    /** A new check-in for the recovery, at now, with the latest soreness as a starting point. */
    public void startNew(Recovery recovery, Integer latestSoreness) {
        editing = null;
        recoveryId = recovery.id();
        title.set(MessageFormat.format(texts.getString("checkIn.title"), massageName.apply(recovery.massage())));
        notBeforeMassage(recovery);
        when.setNow();
        planItems.setAll(Choice.of(planOf.apply(recovery), p -> p.id(), p -> p.title()));
        fill(latestSoreness == null ? 0 : latestSoreness, PainQuality.ACHY, List.of(), "");
    }

    /** An existing check-in, to edit. */
    public void startEdit(Recovery recovery, CheckIn checkIn) {
        editing = checkIn;
        recoveryId = recovery.id();
        title.set(MessageFormat.format(texts.getString("checkIn.editTitle"), massageName.apply(recovery.massage())));
        notBeforeMassage(recovery);
        when.set(checkIn.at());
        planItems.setAll(Choice.of(planOf.apply(recovery), p -> p.id(), p -> p.title()));
        Choice.select(planItems, checkIn.done());
        fill(checkIn.soreness(), checkIn.quality(), checkIn.redFlags(), checkIn.note() == null ? "" : checkIn.note());
    }

    private void notBeforeMassage(Recovery recovery) {
        when.notBefore(recovery.startedAt(), MessageFormat.format(texts.getString("error.checkIn.beforeMassage"),
                Conventions.of(texts).dateTime(recovery.startedAt(), clock.getZone())));
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** The check-in being edited, or null for a new one. */
    public CheckIn editing() {
        return editing;
    }

    public void wasNow() {
        when.setNow();
    }

    /** The check-in to store, or null after marking every invalid field. */
    public NewCheckIn draft() {
        showAll.set(true);
        refresh();
        if (when.problem() != null || AssessmentParser.wholeSoreness(sorenessText.get()) == null || noteProblem() != null) {
            return null;
        }
        return new NewCheckIn(recoveryId, when.instant(), AssessmentParser.wholeSoreness(sorenessText.get()), quality.get(),
                Choice.selectedIds(redFlags), MassageFormViewModel.blankToNull(note.get()), Choice.selectedIds(planItems));
    }

    /** A refusal of the journal itself (it checks again) is shown on the field it names. */
    void showRefusal(String input, String message) {
        switch (input) {
            case "soreness" -> sorenessError.set(message);
            case "note" -> noteError.set(message);
            default -> whenError.set(message);
        }
    }

    private void fill(int value, PainQuality kind, List<String> flags, String text) {
        rulesNote.set("");
        soreness.set(value);
        sorenessText.set(String.valueOf(value));
        quality.set(kind);
        Choice.select(redFlags, flags);
        note.set(text);
        whenTouched.set(false);
        sorenessTouched.set(false);
        showAll.set(false);
        refresh();
    }

    private void touchWhen() {
        whenTouched.set(true);
        refresh();
    }

    private void refresh() {
        whenError.set(showAll.get() || whenTouched.get() ? when.problem() : null);
        sorenessError.set((showAll.get() || sorenessTouched.get()) && AssessmentParser.wholeSoreness(sorenessText.get()) == null
                ? texts.getString("error.soreness") : null);
        noteError.set(noteProblem());
    }

    private String noteProblem() {
        return note.get() != null && note.get().length() > MAX_NOTE
                ? MessageFormat.format(texts.getString("error.tooLong"), MAX_NOTE) : null;
    }
}
