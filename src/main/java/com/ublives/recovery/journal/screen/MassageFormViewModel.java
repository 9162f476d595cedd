package com.ublives.recovery.journal.screen;

import com.ublives.recovery.ui.Choice;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.journal.SoreAreas;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.ui.MomentInput;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * "Log a massage" as properties. Each field carries its own error, shown once the field was changed or
 * saving was tried; {@link #draft()} gives the recovery to store only when every field is valid.
 */
public final class MassageFormViewModel {

    static final int MAX_NAME = 200;

    private final ResourceBundle texts;
    private final MomentInput when;
    private final ObservableList<MassageType> massageTypeRows = FXCollections.observableArrayList();
    private final ObservableList<MassageType> massageTypes = FXCollections.unmodifiableObservableList(massageTypeRows);
    private final ObjectProperty<MassageType> massage = new SimpleObjectProperty<>(this, "massage");
    private final StringProperty therapist = new SimpleStringProperty(this, "therapist", "");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty endSoreness = new SimpleStringProperty(this, "endSoreness", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObservableList<Choice> factors = FXCollections.observableArrayList();
    private final ObservableList<Choice> conditions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rulesNote = new ReadOnlyStringWrapper(this, "rulesNote", "");
    private final List<Choice> areas;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    /** The recovery whose massage is being corrected, or null for a new one. */
    private Recovery editing;

    private final ReadOnlyStringWrapper massageError = new ReadOnlyStringWrapper(this, "massageError");
    private final ReadOnlyStringWrapper whenError = new ReadOnlyStringWrapper(this, "whenError");
    private final ReadOnlyStringWrapper sorenessError = new ReadOnlyStringWrapper(this, "sorenessError");
    private final ReadOnlyStringWrapper therapistError = new ReadOnlyStringWrapper(this, "therapistError");
    private final ReadOnlyStringWrapper placeError = new ReadOnlyStringWrapper(this, "placeError");
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final List<BooleanProperty> touched = new ArrayList<>();

    public MassageFormViewModel(RuleSet rules, ResourceBundle texts, Clock clock) {
        this.texts = texts;
        this.when = new MomentInput(texts, clock, "error.checkIn.date", "error.checkIn.time", "error.checkIn.future");
        massageTypeRows.setAll(rules.massageTypes());
        factors.setAll(Choice.of(rules.factors(), f -> f.id(), f -> f.label()));
        conditions.setAll(Choice.of(rules.conditions(), c -> c.id(), c -> c.label()));
        this.areas = Choice.of(SoreAreas.IDS, id -> id, id -> texts.getString("area." + id));
        title.set(texts.getString("massage.title"));
        List<Observable> inputs = List.of(massage, when.dateProperty(), when.timeProperty(), endSoreness, therapist, place);
        for (Observable input : inputs) {
            BooleanProperty wasTouched = new SimpleBooleanProperty(false);
            touched.add(wasTouched);
            input.addListener(o -> {
                wasTouched.set(true);
                refresh();
            });
        }
        // typed text that is no date marks the date as given, as a date chosen does
        when.unreadableDateProperty().addListener(o -> {
            touched.get(1).set(true);
            refresh();
        });
        showAll.addListener(o -> refresh());
        refresh();
    }

    public ObservableList<MassageType> massageTypes() { return massageTypes; }
    public ObjectProperty<MassageType> massageProperty() { return massage; }
    public ObjectProperty<LocalDate> dateProperty() { return when.dateProperty(); }
    public StringProperty timeProperty() { return when.timeProperty(); }
    /** What was typed into the date field when it is no date, else null. */
    public StringProperty unreadableDateProperty() { return when.unreadableDateProperty(); }
    public StringProperty therapistProperty() { return therapist; }
    public StringProperty placeProperty() { return place; }
    public StringProperty endSorenessProperty() { return endSoreness; }
    public StringProperty noteProperty() { return note; }
    /** Empty, or the sentence that says which choice the new rules in use took off the form. */
    public ReadOnlyStringProperty rulesNoteProperty() { return rulesNote.getReadOnlyProperty(); }
    public List<Choice> factors() { return factors; }
    public List<Choice> conditions() { return conditions; }
    public List<Choice> areas() { return areas; }
    /** "Log a massage", or "Correct the massage" while one is being corrected. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** The recovery being corrected, or null when a new massage is logged. */
    public Recovery editing() { return editing; }
    public ReadOnlyStringProperty massageErrorProperty() { return massageError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty whenErrorProperty() { return whenError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty sorenessErrorProperty() { return sorenessError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty therapistErrorProperty() { return therapistError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty placeErrorProperty() { return placeError.getReadOnlyProperty(); }

    /**
     * Other rules were put in use: the massage box and the lists follow at once, what was chosen stays
     * chosen while it exists, and a choice that is gone is named in {@link #rulesNoteProperty()}.
     */
    public void useRules(RuleSet rules) {
        MassageType chosen = massage.get();
        MassageType still = chosen == null ? null : rules.massageType(chosen.id());
        List<String> gone = new ArrayList<>();
        if (chosen != null && still == null) {
            gone.add(chosen.name());
        }
        massageTypeRows.setAll(rules.massageTypes());
        massage.set(still);
        gone.addAll(Choice.replaceAll(factors, rules.factors(), f -> f.id(), f -> f.label()));
        gone.addAll(Choice.replaceAll(conditions, rules.conditions(), c -> c.id(), c -> c.label()));
        rulesNote.set(gone.isEmpty() ? "" : MessageFormat.format(texts.getString("rules.changed.gone"), String.join(", ", gone)));
    }

    /** A fresh form: the massage was just now, nothing else given. */
    public void clear() {
        rulesNote.set("");
        massage.set(null);
        when.setNow();
        therapist.set("");
        place.set("");
        endSoreness.set("");
        note.set("");
        factors.forEach(c -> c.selected().set(false));
        conditions.forEach(c -> c.selected().set(false));
        areas.forEach(c -> c.selected().set(false));
        editing = null;
        title.set(texts.getString("massage.title"));
        touched.forEach(t -> t.set(false));
        showAll.set(false);
        refresh();
    }

    /** The form filled with a logged massage, to correct it; saving then changes that recovery. */
    public void startEdit(Recovery r) {
        clear();
        editing = r;
        title.set(texts.getString("massage.editTitle"));
        massage.set(massageTypes.stream().filter(m -> m.id().equals(r.massage())).findFirst().orElse(null));
        when.set(r.startedAt());
        therapist.set(r.therapist() == null ? "" : r.therapist());
        place.set(r.place() == null ? "" : r.place());
        endSoreness.set(r.endSoreness() == null ? "" : r.endSoreness().toString());
        note.set(r.note() == null ? "" : r.note());
        Choice.select(factors, r.factors());
        Choice.select(conditions, r.conditions());
        Choice.select(areas, r.areas());
        touched.forEach(t -> t.set(false));
        refresh();
    }

    public void massageWasNow() {
        when.setNow();
    }

    /** The recovery to store, or null after marking every invalid field. */
    public NewRecovery draft() {
        showAll.set(true);
        refresh();
        if (massageProblem() != null || when.problem() != null || sorenessProblem() != null
                || tooLong(therapist.get()) != null || tooLong(place.get()) != null) {
            return null;
        }
        String soreness = endSoreness.get() == null ? "" : endSoreness.get().trim();
        // a correction keeps what the form does not show (the quality given with the soreness)
        NewRecovery base = editing == null ? NewRecovery.of(massage.get().id(), when.instant())
                : NewRecovery.from(editing).withMassage(massage.get().id(), when.instant());
        return base.withEndSoreness(AssessmentParser.wholeSoreness(soreness),
                        editing == null ? PainQuality.ACHY : editing.quality())
                .withFactors(Choice.selectedIds(factors))
                .withConditions(Choice.selectedIds(conditions))
                .withAreas(Choice.selectedIds(areas))
                .withDetails(blankToNull(therapist.get()), blankToNull(place.get()), blankToNull(note.get()));
    }

    /** A refusal of the journal itself (it checks again) is shown on the field it names. */
    void showRefusal(String input, String message) {
        switch (input) {
            case "at" -> whenError.set(message);
            case "soreness" -> sorenessError.set(message);
            case "therapist" -> therapistError.set(message);
            case "place" -> placeError.set(message);
            default -> massageError.set(message);
        }
    }

    private void refresh() {
        massageError.set(shown(0) ? massageProblem() : null);
        whenError.set(shown(1) || shown(2) ? when.problem() : null);
        sorenessError.set(shown(3) ? sorenessProblem() : null);
        therapistError.set(shown(4) ? tooLong(therapist.get()) : null);
        placeError.set(shown(5) ? tooLong(place.get()) : null);
    }

    private boolean shown(int input) {
        return showAll.get() || touched.get(input).get();
    }

    private String massageProblem() {
        return massage.get() == null ? texts.getString("error.massage") : null;
    }

    private String sorenessProblem() {
        String text = endSoreness.get() == null ? "" : endSoreness.get().trim();
        return text.isEmpty() || AssessmentParser.wholeSoreness(text) != null ? null : texts.getString("error.optionalSoreness");
    }

    private String tooLong(String text) {
        return text != null && text.length() > MAX_NAME ? MessageFormat.format(texts.getString("error.tooLong"), MAX_NAME) : null;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
