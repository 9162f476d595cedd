package com.ublives.recovery.content.screen;

import com.ublives.recovery.i18n.Conventions;
import com.ublives.recovery.content.ContentService;
import com.ublives.recovery.content.Entry;
import com.ublives.recovery.content.Field;
import com.ublives.recovery.content.RowEditor;
import com.ublives.recovery.content.Section;
import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleSetChangedException;
import com.ublives.recovery.rules.RuleSetDiff;
import com.ublives.recovery.rules.RuleSetException;
import com.ublives.recovery.rules.RuleSetVersion;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The Content screen's state (issue 14): a draft of the rule set, its rows as entries, the form of the
 * chosen entry with each field's problem as it is typed, saving the draft as a new version, and the
 * history (versions, what each changed, using one again, the bundled rules). No nodes; the services
 * run off the FX thread.
 */
public final class ContentViewModel {

    private final ContentService content;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ResourceBundle texts;
    private final com.ublives.recovery.content.ChangeWords words;

    private final ReadOnlyObjectWrapper<RuleSet> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private final ReadOnlyBooleanWrapper sound = new ReadOnlyBooleanWrapper(this, "sound", true);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> fieldProblems = new LinkedHashMap<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final StringProperty savedBy = new SimpleStringProperty(this, "savedBy", System.getProperty("user.name", ""));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper otherDesk = new ReadOnlyStringWrapper(this, "otherDesk", "");
    private final ReadOnlyStringWrapper inUse = new ReadOnlyStringWrapper(this, "inUse", "");
    private final ObservableList<RuleSetVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<RuleSetVersion> chosenVersion = new SimpleObjectProperty<>(this, "chosenVersion");
    private final ObservableList<String> versionChanges = FXCollections.observableArrayList();

    /** The rules in use when this draft started, and the count of changes to save from. */
    private RuleSet base;
    private long startedFrom;
    /** The draft as it was when the chosen entry's form was filled: each keystroke is applied to it. */
    private RuleSet formBase;
    /** Rows added since the last save: only their ids can still be changed. */
    private final Set<String> added = new HashSet<>();
    private boolean filling;

    public ContentViewModel(ContentService content, BackgroundTasks tasks, DialogService dialogs, ResourceBundle texts) {
        this.content = content;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.words = new com.ublives.recovery.content.ChangeWords(texts);
        selected.addListener((obs, old, now) -> fill(now));
        chosenVersion.addListener((obs, old, now) -> showVersionChanges(now));
    }

    public ReadOnlyObjectProperty<RuleSet> draftProperty() { return draft.getReadOnlyProperty(); }
    /** False while any problem stands: the draft cannot be saved or previewed. */
    public ReadOnlyBooleanProperty soundProperty() { return sound.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ObservableList<Entry> entries() { return entries; }
    public ObjectProperty<Entry> selectedProperty() { return selected; }
    public ObservableList<Field> fields() { return fields; }
    public ObservableList<String> problems() { return problems; }
    /** The draft against the rules in use, a line per change. */
    public ObservableList<String> changes() { return changes; }
    public StringProperty savedByProperty() { return savedBy; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** Empty, or the note that another desk changed the rules since this draft started. */
    public ReadOnlyStringProperty otherDeskProperty() { return otherDesk.getReadOnlyProperty(); }
    public ReadOnlyStringProperty inUseProperty() { return inUse.getReadOnlyProperty(); }
    public ObservableList<RuleSetVersion> versions() { return versions; }
    public ObjectProperty<RuleSetVersion> chosenVersionProperty() { return chosenVersion; }
    public ObservableList<String> versionChanges() { return versionChanges; }

    /** A version as the history lists it: number, name, who saved it, when, and whether it is in use. */
    public String describe(RuleSetVersion v) {
        String who = v.savedBy() == null || v.savedBy().isBlank() ? texts.getString("content.history.app") : v.savedBy();
        String when = Conventions.of(texts).dateTimeWithYear(v.savedAt(), java.time.ZoneId.systemDefault());
        return MessageFormat.format(texts.getString("content.history.version"), v.number(), v.name(), who, when,
                v.inUse() ? texts.getString("content.history.inUse") : "");
    }

    /** The form's title: the section and the entry's name. */
    public String sectionName(Section s) {
        return texts.getString("content.section." + s.name());
    }

    public StringProperty value(String field) {
        return values.computeIfAbsent(field, f -> {
            StringProperty p = new SimpleStringProperty(this, f, "");
            p.addListener((obs, old, now) -> edited());
            return p;
        });
    }

    public ReadOnlyStringProperty problem(String field) {
        return fieldProblems.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(this, f, "")).getReadOnlyProperty();
    }

    /** Loads the rules in use and the history. */
    public CompletableFuture<Void> load() {
        busy.set(true);
        return tasks.run(() -> new Loaded(content.reload(), content.inUse(), content.changes(), content.versions()), loaded -> {
            base = loaded.rules();
            startedFrom = loaded.changes();
            added.clear();
            otherDesk.set("");
            setDraft(loaded.rules());
            showVersions(loaded.versions());
            busy.set(false);
            if (selected.get() == null && !entries.isEmpty()) {
                selected.set(entries.get(0));
            }
        }, this::failed).thenApply(x -> null);
    }

    private record Loaded(RuleSetVersion version, RuleSet rules, long changes, List<RuleSetVersion> versions) {
    }

    /** Adds a row to a section where a clinic may add them, and chooses it. */
    public void add(Section section) {
        RowEditor.Added row = RowEditor.add(draft.get(), section);
        if (row == null) {
            return;
        }
        added.add(row.entry().id());
        setDraft(row.draft());
        selected.set(find(row.entry()));
    }

    /** Deletes the chosen row, or says why it must stay (the safety floor). */
    public void deleteSelected() {
        Entry e = selected.get();
        if (e == null) {
            return;
        }
        RowEditor.Deleted deleted = RowEditor.delete(draft.get(), e);
        if (deleted.draft() == null) {
            status.set(deleted.refusal(texts));
            return;
        }
        selected.set(null);
        setDraft(deleted.draft());
        status.set(MessageFormat.format(texts.getString("content.deleted"), e.title()));
    }

    /** Saves the draft as a new version in use; refused (and nothing stored) when another desk saved first. */
    public CompletableFuture<Void> save() {
        if (!sound.get() || !dirty.get()) {
            return CompletableFuture.completedFuture(null);
        }
        RuleSet toSave = draft.get();
        String who = savedBy.get() == null ? "" : savedBy.get().strip();
        busy.set(true);
        return tasks.run(() -> content.save(toSave, who, startedFrom), saved -> {
            status.set(MessageFormat.format(texts.getString("content.saved"), saved.number(), saved.name()));
            reloadKeepingChoice();
        }, this::failed).thenApply(x -> null);
    }

    /** Drops the draft's changes: back to the rules in use. */
    public void discard() {
        setDraft(base);
        added.clear();
        status.set(texts.getString("content.discarded"));
    }

    /** Asks (off the FX thread) whether another desk changed the rules since this draft started. */
    public CompletableFuture<Void> checkOtherDesks() {
        if (base == null) {
            return CompletableFuture.completedFuture(null);
        }
        long mine = startedFrom;
        return tasks.run(content::changes, now -> {
            if (now != mine && mine == startedFrom) {
                otherDesk.set(texts.getString("content.otherDesk"));
            }
        }, failure -> { }).thenApply(x -> null);
    }

    /** "Use this version": the chosen version is put in use again (the draft is replaced by it). */
    public CompletableFuture<Void> useChosen() {
        RuleSetVersion v = chosenVersion.get();
        if (v == null || v.inUse()) {
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        return tasks.run(() -> content.use(v.number(), startedFrom), used -> {
            status.set(MessageFormat.format(texts.getString("content.used"), used.number(), used.name()));
            reloadKeepingChoice();
        }, this::failed).thenApply(x -> null);
    }

    /** "Restore the bundled rules": stored as a new version, the history kept. */
    public CompletableFuture<Void> restoreBundled() {
        if (!dialogs.confirm(texts.getString("content.restore.title"), texts.getString("content.restore.message"),
                texts.getString("content.restore.action"))) {
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        String who = savedBy.get() == null ? "" : savedBy.get().strip();
        return tasks.run(() -> content.reset(who, startedFrom), saved -> {
            status.set(MessageFormat.format(texts.getString("content.restored"), saved.number(), saved.name()));
            reloadKeepingChoice();
        }, this::failed).thenApply(x -> null);
    }

    private void reloadKeepingChoice() {
        Entry was = selected.get();
        load().thenRun(() -> {
            if (was != null) {
                entries.stream().filter(e -> e.section() == was.section() && e.id().equals(was.id())).findFirst()
                        .ifPresent(selected::set);
            }
        });
    }

    private void showVersions(List<RuleSetVersion> list) {
        RuleSetVersion chosen = chosenVersion.get();
        List<RuleSetVersion> newestFirst = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(newestFirst);
        versions.setAll(newestFirst);
        RuleSetVersion current = list.stream().filter(RuleSetVersion::inUse).findFirst().orElse(null);
        inUse.set(current == null ? "" : MessageFormat.format(texts.getString("content.inUse"), current.number(), current.name()));
        // the history follows the version in use unless the person chose an older one to look at
        chosenVersion.set(chosen == null || chosen.inUse() ? current
                : list.stream().filter(v -> v.number() == chosen.number()).findFirst().orElse(current));
    }

    private void showVersionChanges(RuleSetVersion v) {
        versionChanges.clear();
        if (v == null) {
            return;
        }
        tasks.run(() -> content.diff(v.number()), diff -> {
            if (v.equals(chosenVersion.get())) {
                versionChanges.setAll(diff.isEmpty() ? List.of(texts.getString("content.history.first"))
                        : words.describe(diff));
            }
        }, failure -> versionChanges.setAll(Failures.words(failure, texts)));
    }

    /** A draft from outside the form (loaded, discarded, a row added or deleted): the list and the form follow it. */
    private void setDraft(RuleSet rules) {
        draft.set(rules);
        Entry keep = selected.get();
        entries.setAll(RowEditor.entries(rules));
        Entry now = keep == null ? null : find(keep);
        filling = true;
        try {
            selected.set(now);
        } finally {
            filling = false;
        }
        fill(now);
        judge(rules, Map.of(), List.of());
    }

    /** The same row in the list, found by section and id (its title may have changed). */
    private Entry find(Entry e) {
        return entries.stream().filter(x -> x.section() == e.section() && x.id().equals(e.id())).findFirst().orElse(null);
    }

    private void fill(Entry e) {
        if (filling) {
            return;
        }
        filling = true;
        try {
            fieldProblems.values().forEach(p -> p.set(""));
            if (e == null) {
                fields.clear();
                return;
            }
            formBase = draft.get();
            fields.setAll(RowEditor.fields(formBase, e, added.contains(e.id())));
            RowEditor.values(formBase, e).forEach((field, v) -> value(field).set(v));
        } finally {
            filling = false;
        }
    }

    /** Every keystroke: the form applied to the draft, and each problem shown on its field. */
    private void edited() {
        Entry e = selected.get();
        if (filling || e == null || formBase == null) {
            return;
        }
        Map<String, String> form = new LinkedHashMap<>();
        fields.forEach(f -> form.put(f.name(), value(f.name()).get()));
        RowEditor.Applied applied = RowEditor.apply(formBase, e, form);
        String newId = form.getOrDefault("id", e.id()).strip();
        if (!newId.equals(e.id()) && !applied.fieldProblems().containsKey("id") && added.remove(e.id())) {
            added.add(newId);
        }
        draft.set(applied.draft());
        filling = true;
        try {
            entries.setAll(RowEditor.entries(applied.draft()));
            Entry now = entries.stream().filter(x -> x.section() == e.section() && x.id().equals(newId)).findFirst()
                    .orElse(find(e));
            if (now != null && !now.id().equals(e.id())) {
                formBase = applied.draft();
            }
            selected.set(now);
        } finally {
            filling = false;
        }
        judge(applied.draft(), applied.onFields(), applied.others());
    }

    private void judge(RuleSet rules, Map<String, Phrase> onFields, List<Phrase> others) {
        fieldProblems.forEach((field, p) -> p.set(onFields.containsKey(field) ? RowEditor.onField(onFields.get(field), texts) : ""));
        List<Phrase> all = onFields.isEmpty() && others.isEmpty()
                ? com.ublives.recovery.rules.RuleSetValidator.problems(rules) : others;
        problems.setAll(all.stream().map(p -> p.in(texts)).toList());
        if (onFields.containsKey("")) {
            problems.add(0, RowEditor.onField(onFields.get(""), texts));
        }
        sound.set(onFields.isEmpty() && all.isEmpty());
        List<RuleSetDiff.Change> diff = base == null ? List.of() : RuleSetDiff.ofContent(base, rules);
        changes.setAll(words.describe(diff));
        dirty.set(!diff.isEmpty());
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof RuleSetChangedException) {
            otherDesk.set(texts.getString("content.otherDesk"));
        }
        String words = Failures.words(failure, texts);
        status.set(words);
        dialogs.showError(texts.getString("content.failed"), words);
    }

    /** For tests and the screen: a failure's sentence for a person. */
    static final class Failures {
        private Failures() {
        }

        static String words(Throwable failure, ResourceBundle texts) {
            Throwable t = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (t instanceof RuleSetException r) {
                return String.join("\n", r.phrases().stream().map(p -> p.in(texts)).toList());
            }
            if (t instanceof RuleSetChangedException || t instanceof com.ublives.recovery.storage.StorageException) {
                return com.ublives.recovery.ui.FailureText.sentence(t, texts);
            }
            return texts.getString("content.failed.unexpected");
        }
    }
}
