package com.ublives.recovery.assess;

import com.ublives.recovery.clinic.screen.SheetOutput;
import com.ublives.recovery.clinic.screen.SheetPages;
import com.ublives.recovery.clinic.sheet.PdfFile;
import com.ublives.recovery.clinic.sheet.SheetContent;
import com.ublives.recovery.clinic.sheet.SheetFont;
import com.ublives.recovery.clinic.sheet.SheetRenderer;
import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.journal.SoreAreas;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.ui.Choice;
import com.ublives.recovery.ui.FailureText;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.InputError;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.Severity;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;

/**
 * The assessment form and its plan, as properties and commands; no nodes. Input is checked by the
 * engine's own parser, so the window refuses exactly what the command line refuses. Errors show on a
 * field once it was changed or a plan was asked for; after the first plan, every valid change
 * updates the plan at once and an invalid one withdraws it. Red-flag alerts are never withdrawn:
 * they come from the ticked flags alone, whatever else the form holds.
 */
public final class AssessmentViewModel {

    /** Null while the form waits for its rules (built while the data opens), until {@link #connect}. */
    private PlannerService planner;
    private final ResourceBundle texts;
    private final Clock clock;
    private PlanPresenter presenter;
    private final WhenField when;

    private final ObservableList<MassageType> massageTypeRows = FXCollections.observableArrayList();
    private final ObservableList<MassageType> massageTypes = FXCollections.unmodifiableObservableList(massageTypeRows);
    private final ObjectProperty<MassageType> massage = new SimpleObjectProperty<>(this, "massage");
    private final StringProperty sorenessText = new SimpleStringProperty(this, "sorenessText", "0");
    private final IntegerProperty soreness = new SimpleIntegerProperty(this, "soreness", 0);
    private final ReadOnlyStringWrapper sorenessWord = new ReadOnlyStringWrapper(this, "sorenessWord");
    private final ReadOnlyStringWrapper sorenessSeverity = new ReadOnlyStringWrapper(this, "sorenessSeverity");
    private final ObjectProperty<PainQuality> quality = new SimpleObjectProperty<>(this, "quality", PainQuality.ACHY);
    private final ObservableList<Choice> factors = FXCollections.observableArrayList();
    private final ObservableList<Choice> redFlags = FXCollections.observableArrayList();
    private final ObservableList<Choice> conditions = FXCollections.observableArrayList();
    /** Empty, or what a change of the rules in use took off the form. */
    private final ReadOnlyStringWrapper rulesNote = new ReadOnlyStringWrapper(this, "rulesNote", "");
    private final List<Choice> areas;
    private PlanActions actions;
    /** Whether actions are given (now or with the rules): the form then offers to keep, save and print the plan. */
    private final boolean keeps;
    /** False until the rules are there: the form is shown, but takes no input before it has its choices. */
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    /** Prints as the clinic's sheets print (the page drawn from the same PDF); made on first use. */
    private SheetOutput printing;
    private final ReadOnlyStringWrapper actionMessage = new ReadOnlyStringWrapper(this, "actionMessage");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private final ReadOnlyStringWrapper massageError = new ReadOnlyStringWrapper(this, "massageError");
    private final ReadOnlyStringWrapper sorenessError = new ReadOnlyStringWrapper(this, "sorenessError");
    private final ReadOnlyStringWrapper whenError = new ReadOnlyStringWrapper(this, "whenError");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyObjectWrapper<PlanPage> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyStringWrapper blockedMessage = new ReadOnlyStringWrapper(this, "blockedMessage");
    private final ReadOnlyObjectWrapper<List<PlanPage.RedFlagAlert>> redFlagAlerts =
            new ReadOnlyObjectWrapper<>(this, "redFlagAlerts", List.of());
    private final ReadOnlyBooleanWrapper sorenessShown = new ReadOnlyBooleanWrapper(this, "sorenessShown", true);

    private final BooleanProperty massageTouched = new SimpleBooleanProperty();
    private final BooleanProperty sorenessTouched = new SimpleBooleanProperty();
    private boolean planRequested;
    private boolean resetting;
    /** While the field is being typed in: the soreness before, where the slider stays while the text is no value. */
    private Integer sorenessBeforeTyping;
    private boolean followingText;

    public AssessmentViewModel(PlannerService planner, ResourceBundle texts, Clock clock) {
        this(planner, texts, clock, null);
    }

    /** With actions, the plan can be kept in the journal; without, it is only shown. */
    public AssessmentViewModel(PlannerService planner, ResourceBundle texts, Clock clock, PlanActions actions) {
        this(texts, clock, actions != null);
        connect(planner, actions);
    }

    /**
     * A form waiting for its rules: built while the data folder opens, so its screen can be drawn meanwhile.
     * It has no massage types or factors and is not {@link #readyProperty() ready} (the screen takes no input)
     * until {@link #connect} gives it the planner; {@code keeps} says whether actions will come with it.
     */
    public static AssessmentViewModel waitingForRules(ResourceBundle texts, Clock clock, boolean keeps) {
        return new AssessmentViewModel(texts, clock, keeps);
    }

    private AssessmentViewModel(ResourceBundle texts, Clock clock, boolean keeps) {
        this.keeps = keeps;
        this.texts = texts;
        this.clock = clock;
        this.when = new WhenField(texts, clock);
        this.areas = Choice.of(SoreAreas.IDS, id -> id, id -> texts.getString("area." + id));

        // Slider and number field edit the same soreness; keep them in step without fighting.
        soreness.addListener((obs, old, now) -> {
            if (!followingText && !String.valueOf(now.intValue()).equals(sorenessText.get().trim())) {
                sorenessText.set(String.valueOf(now.intValue()));
            }
        });
        sorenessText.addListener((obs, old, now) -> followText(now));
        massage.addListener(o -> massageTouched.set(!resetting));
        sorenessText.addListener(o -> sorenessTouched.set(!resetting));

        List<Observable> inputs = List.of(massage, sorenessText, quality, when.dateProperty(), when.timeProperty(),
                when.unreadableDateProperty());
        inputs.forEach(input -> input.addListener(o -> refresh()));
        for (ObservableList<Choice> group : List.of(factors, redFlags, conditions)) {
            group.forEach(c -> c.selected().addListener(o -> refresh()));
            // the rules in use changed: the new choices count as input too
            group.addListener((javafx.collections.ListChangeListener<Choice>) change ->
                    change.getList().forEach(c -> c.selected().addListener(o -> refresh())));
        }
        refresh();
    }

    /**
     * Other rules were put in use (the Content screen saved, went back to a version, or another program
     * changed them): the lists follow at once. What the person chose stays chosen while it still exists;
     * a choice that is gone is taken off the form and {@link #rulesNoteProperty()} names it.
     */
    /**
     * The rules arrived (the data folder is open): the form gets its choices from the planner's rule set and
     * is ready for input. Once only; later rule sets come through {@link #useRules}.
     */
    public void connect(PlannerService planner, PlanActions actions) {
        if (this.planner != null) {
            throw new IllegalStateException("the form has its rules already");
        }
        if ((actions != null) != keeps) {
            throw new IllegalArgumentException("actions " + (keeps ? "expected" : "not expected"));
        }
        this.planner = planner;
        this.actions = actions;
        useRules(planner.ruleSet());
        ready.set(true);
    }

    /** True once the form has its rules; until then it is drawn but takes no input. */
    public ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }

    public void useRules(RuleSet rules) {
        presenter = new PlanPresenter(rules, texts);
        MassageType chosen = massage.get();
        MassageType still = chosen == null ? null : rules.massageType(chosen.id());
        List<String> gone = new java.util.ArrayList<>();
        if (chosen != null && still == null) {
            gone.add(chosen.name());
        }
        boolean touched = massageTouched.get();
        resetting = true; // one refresh at the end, not one per list
        try {
            massage.set(null);
            massageTypeRows.setAll(rules.massageTypes());
            massage.set(still);
            gone.addAll(Choice.replaceAll(factors, rules.factors(), f -> f.id(), f -> f.label()));
            gone.addAll(Choice.replaceAll(redFlags, rules.redFlags(), f -> f.id(), f -> f.label()));
            gone.addAll(Choice.replaceAll(conditions, rules.conditions(), c -> c.id(), c -> c.label()));
        } finally {
            resetting = false;
        }
        massageTouched.set(touched);
        rulesNote.set(gone.isEmpty() ? "" : MessageFormat.format(texts.getString("rules.changed.gone"), String.join(", ", gone)));
        refresh();
    }

    public ObservableList<MassageType> massageTypes() { return massageTypes; }
    public ObjectProperty<MassageType> massageProperty() { return massage; }
    public StringProperty sorenessTextProperty() { return sorenessText; }
    public IntegerProperty sorenessProperty() { return soreness; }
    public ReadOnlyStringProperty sorenessWordProperty() { return sorenessWord.getReadOnlyProperty(); }
    /** The severity id of the soreness (none, mild, moderate, severe): the view colours by it. */
    public ReadOnlyStringProperty sorenessSeverityProperty() { return sorenessSeverity.getReadOnlyProperty(); }
    public ObjectProperty<PainQuality> qualityProperty() { return quality; }
    public ObjectProperty<LocalDate> massageDateProperty() { return when.dateProperty(); }
    public StringProperty massageTimeProperty() { return when.timeProperty(); }
    /** What was typed into the date field when it is no date, else null. */
    public StringProperty unreadableDateProperty() { return when.unreadableDateProperty(); }
    public ReadOnlyStringProperty hoursTextProperty() { return when.hoursTextProperty(); }
    /** Which time was used when the one typed does not exist or exists twice (daylight saving), else null. */
    public ReadOnlyStringProperty whenNoteProperty() { return when.noteProperty(); }
    /** Empty, or the sentence that says which choice the new rules in use took off the form. */
    public ReadOnlyStringProperty rulesNoteProperty() { return rulesNote.getReadOnlyProperty(); }
    public List<Choice> factors() { return factors; }
    public List<Choice> redFlags() { return redFlags; }
    public List<Choice> conditions() { return conditions; }
    /** Where it is sore: kept with the plan, it changes no advice. */
    public List<Choice> areas() { return areas; }
    /** Whether the plan can be kept in the journal here (the window; not a bare plan screen). */
    public boolean canKeep() { return keeps; }
    /** What became of the last action on the plan when it did not go as asked (a refusal, a failure), else null. */
    public ReadOnlyStringProperty actionMessageProperty() { return actionMessage.getReadOnlyProperty(); }
    /** True while an action on the plan is being carried out, so it is not started twice. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty massageErrorProperty() { return massageError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty sorenessErrorProperty() { return sorenessError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty whenErrorProperty() { return whenError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    /** The plan on show, or null before the first request and while the input is invalid. */
    public ReadOnlyObjectProperty<PlanPage> planProperty() { return plan.getReadOnlyProperty(); }
    public ReadOnlyStringProperty blockedMessageProperty() { return blockedMessage.getReadOnlyProperty(); }
    /** An alert for each ticked red flag, most urgent first: shown at all times, valid form or not. */
    public ReadOnlyObjectProperty<List<PlanPage.RedFlagAlert>> redFlagAlertsProperty() { return redFlagAlerts.getReadOnlyProperty(); }
    /** False while the field holds no soreness value (11, 4.5, empty): the slider then shows an older one. */
    public ReadOnlyBooleanProperty sorenessShownProperty() { return sorenessShown.getReadOnlyProperty(); }

    /**
     * The person starts or stops typing in the soreness field. Typing "11" passes through "1"; while
     * typing, a text that is no soreness puts the slider back where it was before, not on that "1".
     */
    public void sorenessTyping(boolean typing) {
        sorenessBeforeTyping = typing ? soreness.get() : null;
    }

    /** Enter or "Show plan": marks every invalid field, or shows the plan. */
    public void showPlan() {
        planRequested = true;
        when.refreshHours();
        refresh();
    }

    /**
     * "Track this in my journal": the assessment as entered becomes a recovery (its soreness the first reading),
     * and the journal opens at it. Nothing happens while no plan is shown.
     */
    public CompletableFuture<Void> keepInJournal() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Outcome outcome = current();
        if (actions == null || outcome == null || busy.get()) {
            done.complete(null);
            return done;
        }
        busy.set(true);
        actionMessage.set(null);
        java.time.Instant massageAt = when.instant();
        List<String> sore = Choice.selectedIds(areas);
        actions.tasks().run(() -> actions.journal().keepAssessment(outcome.assessment(), massageAt, sore), kept -> {
            busy.set(false);
            actions.openInJournal().accept(kept.id());
            done.complete(null);
        }, failure -> {
            busy.set(false);
            actionMessage.set(MessageFormat.format(texts.getString("plan.keep.failed"), FailureText.sentence(failure, texts)));
            done.complete(null);
        });
        return done;
    }

    /**
     * "Save as PDF": the plan on one page, in the layout of the clinic's sheet without a clinic, with the
     * grid to note soreness at each check-in, written off the FX thread to a file the person picks.
     */
    public CompletableFuture<Void> saveAsPdf() {
        Outcome outcome = current();
        if (actions == null || outcome == null || busy.get()) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<Path> chosen = actions.dialogs().chooseFileToSave(texts.getString("plan.pdf.title"),
                "my-recovery-plan.pdf", new DialogService.FileType(texts.getString("plan.pdf.file"), List.of("*.pdf")));
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Path file = chosen.get().toAbsolutePath();
        boolean replace = Files.exists(file);
        if (replace && !actions.dialogs().confirm(texts.getString("journal.replace.title"),
                MessageFormat.format(texts.getString("plan.pdf.replace"), file.getFileName()),
                texts.getString("journal.replace.action"))) {
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        actionMessage.set(null);
        SheetContent sheet = SheetContent.personal(LocalDate.now(clock), outcome, planner.ruleSet(),
                Language.of(planner.language()).orElse(Language.ENGLISH));
        CompletableFuture<Void> done = new CompletableFuture<>();
        actions.tasks().run(() -> {
            SheetRenderer renderer = new SheetRenderer(SheetFont.load(), clock);
            PdfFile.write(file, replace, out -> renderer.render(sheet, out));
            return file;
        }, written -> {
            busy.set(false);
            actions.dialogs().showInformation(texts.getString("plan.pdf.doneTitle"),
                    MessageFormat.format(texts.getString("plan.pdf.done"), written));
            done.complete(null);
        }, failure -> {
            busy.set(false);
            actionMessage.set(MessageFormat.format(texts.getString("plan.pdf.failed"),
                    failure instanceof InvalidInputException invalid ? invalid.first().says().in(texts) : FailureText.reason(failure, texts)));
            done.complete(null);
        });
        return done;
    }

    /**
     * "Print…": the same page as {@link #saveAsPdf()}, sent through the system's print dialog; the page is drawn
     * off the FX thread, and what came of it (sent, not printed, no printer) is said under the buttons.
     */
    public CompletableFuture<Void> print() {
        Outcome outcome = current();
        if (actions == null || outcome == null || busy.get()) {
            return CompletableFuture.completedFuture(null);
        }
        if (printing == null) {
            printing = new SheetOutput(SheetPages.lazy(clock), actions.printer(), actions.dialogs(), actions.tasks(),
                    actions.fx(), texts);
        }
        busy.set(true);
        actionMessage.set(null);
        SheetContent sheet = SheetContent.personal(LocalDate.now(clock), outcome, planner.ruleSet());
        SheetOutput output = printing;
        return output.print(() -> List.of(sheet), texts.getString("plan.print.job")).whenComplete((ok, failure) -> {
            busy.set(false);
            actionMessage.set(output.statusProperty().get());
        });
    }

    /** The outcome of the form as it stands, or null while no plan is shown. */
    private Outcome current() {
        if (plan.get() == null) {
            return null;
        }
        return planner.assess(raw(when.hoursValue()));
    }

    private AssessmentParser.Raw raw(String hours) {
        return new AssessmentParser.Raw(massage.get() == null ? null : massage.get().id(), sorenessText.get(),
                quality.get().id(), hours, null,
                Choice.selectedIds(factors), Choice.selectedIds(redFlags), Choice.selectedIds(conditions));
    }

    /** Sets the time of the massage to now (the person is filling the form right after it). */
    public void massageWasNow() {
        when.setNow();
    }

    /** Clears the form to its first state: no plan, no errors shown. */
    public void reset() {
        resetting = true;
        try {
            planRequested = false;
            massage.set(null);
            sorenessText.set("0");
            quality.set(PainQuality.ACHY);
            when.setNow();
            for (List<Choice> group : List.of(factors, redFlags, conditions, areas)) {
                group.forEach(c -> c.selected().set(false));
            }
            actionMessage.set(null);
            rulesNote.set("");
            massageTouched.set(false);
            sorenessTouched.set(false);
        } finally {
            resetting = false;
        }
        refresh();
    }

    /** The slider follows the text while it is a soreness; the text is never rewritten from here. */
    private void followText(String text) {
        Integer value = AssessmentParser.wholeSoreness(text);
        sorenessShown.set(value != null);
        followingText = true;
        try {
            if (value != null) {
                soreness.set(value);
            } else if (sorenessBeforeTyping != null) {
                soreness.set(sorenessBeforeTyping);
            }
        } finally {
            followingText = false;
        }
    }

    private void refresh() {
        if (resetting || planner == null) {
            return;
        }
        List<PlanPage.RedFlagAlert> alerts = presenter.alerts(Choice.selectedIds(redFlags));
        if (!alerts.equals(redFlagAlerts.get())) {
            redFlagAlerts.set(alerts);
        }
        Integer typed = AssessmentParser.wholeSoreness(sorenessText.get());
        Severity severity = typed == null ? null : planner.ruleSet().severityOf(typed);
        // No word for a number outside the scale: the field's error says what is wrong instead.
        sorenessWord.set(severity == null ? "" : severity.label());
        sorenessSeverity.set(severity == null ? "" : severity.id());
        String whenProblem = when.problem();
        String massageProblem = null;
        String sorenessProblem = null;
        PlanPage page = null;
        try {
            var outcome = planner.assess(raw(whenProblem == null ? when.hoursValue() : null));
            page = whenProblem == null ? presenter.present(outcome) : null;
        } catch (InvalidInputException invalid) {
            for (InputError error : invalid.errors()) {
                switch (error.input()) {
                    case "massage" -> massageProblem = texts.getString("error.massage");
                    case "soreness" -> sorenessProblem = FailureText.described(error, texts);
                    default -> whenProblem = whenProblem != null ? whenProblem : FailureText.described(error, texts);
                }
            }
        }
        massageError.set(massageTouched.get() || planRequested ? massageProblem : null);
        sorenessError.set(sorenessTouched.get() || planRequested ? sorenessProblem : null);
        whenError.set(whenProblem);
        valid.set(page != null);
        plan.set(planRequested ? page : null);
        blockedMessage.set(planRequested && page == null ? blocked(massageError.get(), sorenessError.get(), whenError.get()) : null);
    }

    /** "Fix the marked fields…" followed by each problem, so the reason is readable in one place. */
    private String blocked(String... problems) {
        StringBuilder text = new StringBuilder(texts.getString("error.blocked"));
        for (String problem : problems) {
            if (problem != null) {
                text.append("\n\u2022 ").append(problem);
            }
        }
        return text.toString();
    }
}
