package com.ublives.recovery.content.screen;

import com.ublives.recovery.clinic.ClinicProfile;
import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.clinic.screen.PageImage;
import com.ublives.recovery.clinic.screen.PreviewViewModel;
import com.ublives.recovery.clinic.sheet.SheetContent;
import com.ublives.recovery.content.ContentService;
import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.RuleSet;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The live preview beside the Content screen's editor: a sample assessment the person can change, judged
 * with the draft as it would be if saved (the engine only, nothing stored), and its sheet drawn by the
 * clinic's own preview. While the draft has a problem, the preview says so instead of judging it.
 */
public final class SamplePreviewViewModel {

    private final ContentService content;
    private final ClinicService clinic;
    private final PreviewViewModel sheet;
    private final ResourceBundle texts;
    private final Clock clock;
    private final ObservableObjectValue<RuleSet> draft;
    private final ObservableBooleanValue sound;
    private final ObservableBooleanValue dirty;

    private final ObjectProperty<String> massage = new SimpleObjectProperty<>(this, "massage");
    private final IntegerProperty soreness = new SimpleIntegerProperty(this, "soreness", 4);
    private final ObjectProperty<PainQuality> quality = new SimpleObjectProperty<>(this, "quality", PainQuality.ACHY);
    private final IntegerProperty hours = new SimpleIntegerProperty(this, "hours", 0);
    private final ObservableSet<String> factors = FXCollections.observableSet();
    private final ObservableSet<String> redFlags = FXCollections.observableSet();
    private final ObservableSet<String> conditions = FXCollections.observableSet();
    private final ObservableList<String> massages = FXCollections.observableArrayList();
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");

    public SamplePreviewViewModel(ContentService content, ClinicService clinic, PreviewViewModel sheet,
                                  ObservableObjectValue<RuleSet> draft, ObservableBooleanValue sound,
                                  ObservableBooleanValue dirty, ResourceBundle texts, Clock clock) {
        this.content = content;
        this.clinic = clinic;
        this.sheet = sheet;
        this.draft = draft;
        this.sound = sound;
        this.dirty = dirty;
        this.texts = texts;
        this.clock = clock;
        javafx.beans.InvalidationListener judge = o -> judge();
        draft.addListener(judge);
        sound.addListener(judge);
        dirty.addListener(judge);
        massage.addListener(judge);
        soreness.addListener(judge);
        quality.addListener(judge);
        hours.addListener(judge);
        factors.addListener((javafx.collections.SetChangeListener<String>) c -> judge());
        redFlags.addListener((javafx.collections.SetChangeListener<String>) c -> judge());
        conditions.addListener((javafx.collections.SetChangeListener<String>) c -> judge());
        judge();
    }

    public ObjectProperty<String> massageProperty() { return massage; }
    public IntegerProperty sorenessProperty() { return soreness; }
    public ObjectProperty<PainQuality> qualityProperty() { return quality; }
    public IntegerProperty hoursProperty() { return hours; }
    public ObservableSet<String> factors() { return factors; }
    public ObservableSet<String> redFlags() { return redFlags; }
    public ObservableSet<String> conditions() { return conditions; }
    /** The draft's massage types, by id, for the sample's choice. */
    public ObservableList<String> massages() { return massages; }
    /** The sample's band, plan and left-out advice, a line each, as the draft would give them. */
    public ObservableList<String> lines() { return lines; }
    /** Every warning and red flag of the sample, with its level: none is left out of a preview. */
    public ObservableList<String> warnings() { return warnings; }
    /** The sample's outcome, or null while the draft has a problem. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }
    public PreviewViewModel sheet() { return sheet; }

    /**
     * The draft's rule set as a preview names it (with changes, it is not a stored version yet), with its
     * texts in the window's language: the draft is edited in the rule set's own words and translations,
     * and the preview shows what a person at this desk will read.
     */
    public RuleSet previewed() {
        RuleSet r = named();
        return r == null ? null : r.in(Language.of(texts).code());
    }

    private RuleSet named() {
        RuleSet r = draft.get();
        return r == null || !dirty.get() ? r : new RuleSet(MessageFormat.format(texts.getString("content.preview.draftName"), r.version()),
                r.watchHours(), r.bands(), r.massageTypes(), r.severities(), r.factors(), r.redFlags(), r.conditions(),
                r.bandRules(), r.warningRules(), r.planItems(), r.exclusions(), r.translations());
    }

    /** Draws the sample's sheet with the draft (the clinic's profile read off the FX thread). */
    public CompletableFuture<PageImage> showSheet() {
        Outcome judged = outcome.get();
        RuleSet rules = previewed();
        if (judged == null || rules == null) {
            return CompletableFuture.completedFuture(null);
        }
        MassageType type = rules.massageType(judged.assessment().massage());
        String client = texts.getString("content.preview.client");
        LocalDate today = LocalDate.now(clock);
        return sheet.show(() -> {
            ClinicProfile profile = clinic.profile();
            return new SheetContent(profile, profile.paper(), client, today, "",
                    type == null ? judged.assessment().massage() : type.name(), judged, rules);
        });
    }

    private void judge() {
        RuleSet rules = draft.get();
        if (rules == null) {
            return;
        }
        List<String> ids = rules.massageTypes().stream().map(MassageType::id).toList();
        if (!massages.equals(ids)) {
            massages.setAll(ids);
        }
        if (massage.get() == null || !ids.contains(massage.get())) {
            massage.set(ids.isEmpty() ? null : ids.get(0));
            return; // the change of massage judges again
        }
        if (!sound.get()) {
            outcome.set(null);
            warnings.clear();
            lines.setAll(texts.getString("content.preview.unsound"));
            return;
        }
        Outcome o = content.judge(previewed(), new Assessment(massage.get(), soreness.get(), quality.get(), hours.get(),
                null, known(factors, rules.factors().stream().map(f -> f.id()).toList()),
                known(redFlags, rules.redFlags().stream().map(f -> f.id()).toList()),
                known(conditions, rules.conditions().stream().map(c -> c.id()).toList())));
        outcome.set(o);
        warnings.setAll(o.warnings().stream().map(w -> MessageFormat.format(texts.getString("content.preview.warning"),
                texts.getString("level." + w.level().name()), w.message())).toList());
        List<String> out = new ArrayList<>();
        out.add(MessageFormat.format(texts.getString("content.preview.band"), o.band().label(), o.band().hoursLabel()));
        o.plan().forEach(item -> out.add(MessageFormat.format(texts.getString("content.preview.item"), item.title(),
                item.text(), hoursOf(item))));
        o.omitted().forEach(left -> out.add(MessageFormat.format(texts.getString("content.preview.omitted"), left.title(),
                left.reason())));
        lines.setAll(out);
    }

    private String hoursOf(Outcome.PlannedItem item) {
        int from = item.fromHour() == null ? 0 : item.fromHour();
        if (item.toHour() == null) {
            return from == 0 ? texts.getString("content.preview.anyTime")
                    : MessageFormat.format(texts.getString("content.preview.fromHour"), from);
        }
        return MessageFormat.format(texts.getString("content.preview.hourRange"), from, item.toHour());
    }

    /** Only ids the draft still has: a factor deleted in the editor drops out of the sample. */
    private static Set<String> known(Set<String> chosen, List<String> ids) {
        return Set.copyOf(chosen.stream().filter(ids::contains).toList());
    }
}
