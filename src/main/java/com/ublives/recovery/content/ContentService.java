package com.ublives.recovery.content;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.RuleEngine;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleSetDiff;
import com.ublives.recovery.rules.RuleSetDiff.Change;
import com.ublives.recovery.rules.RuleSetException;
import com.ublives.recovery.rules.RuleSetJson;
import com.ublives.recovery.rules.RuleSetStore;
import com.ublives.recovery.rules.RuleSetVersion;
import com.ublives.recovery.rules.RuleSetVersion.Source;

import java.util.List;

/**
 * The clinic's own content (issue 14): the versions of the rule set, saving an edited one, importing
 * and exporting it as JSON, going back to an earlier version or to the bundled rules. Every change is
 * validated (the safety floor included) before anything is stored, stores a new version (the old ones
 * stay), and is refused when another desk changed the rules first. What is put in use here is what
 * the planner judges with from then on. Database work: never call it on the JavaFX thread.
 */
public final class ContentService {

    private final RuleSetStore store;
    private final PlannerService planner;
    private final String bundledJson;
    /** The count of changes the planner's rules were read at; another program's change counts past it. */
    private volatile long seen = -1;

    public ContentService(RuleSetStore store, PlannerService planner, String bundledJson) {
        this.store = store;
        this.planner = planner;
        this.bundledJson = bundledJson;
    }

    /** Every stored version, oldest first; exactly one is in use. */
    public List<RuleSetVersion> versions() {
        return store.versions();
    }

    /** The count of changes to what is in use: a desk keeps it to save from, and to notice another desk's save. */
    public long changes() {
        return store.changes();
    }

    /** The rule set this program judges with. */
    public RuleSet inUse() {
        return planner.ownRuleSet(); // its own texts and translations, whatever language the desk reads
    }

    /** A stored version's rule set; RuleSetException for an unknown number or a set that is no longer sound. */
    public RuleSet rules(int number) {
        return store.read(number);
    }

    /**
     * The JSON of a version (null: the one in use), in the bundled file's format, noting which version
     * was in use at the export so that importing it later cannot silently undo a change made since.
     */
    public String exportJson(Integer number) {
        RuleSetVersion current = inUseVersion();
        RuleSet rules = number == null ? inUse() : store.read(number);
        return RuleSetJson.write(rules, new RuleSetJson.ExportBase(current.number(), current.name()));
    }

    /**
     * An import refused because the file was exported while another version was in use: importing it
     * would undo the change made since. Nothing was stored.
     */
    public static final class OutdatedExportException extends com.ublives.recovery.rules.RuleSetChangedException {
        private final transient RuleSetJson.ExportBase base;
        private final transient RuleSetVersion inUse;

        OutdatedExportException(RuleSetJson.ExportBase base, RuleSetVersion inUse) {
            super(Phrase.of("failure.rules.outdatedExport", base.number(), inUse.number()));
            this.base = base;
            this.inUse = inUse;
        }

        /** The version in use when the file was exported. */
        public RuleSetJson.ExportBase base() {
            return base;
        }

        /** The version in use now: its number, name, who saved it and when. */
        public RuleSetVersion inUse() {
            return inUse;
        }
    }

    /** The rule set shipped with the app. */
    public RuleSet bundled() {
        return RuleSetJson.parse(bundledJson);
    }

    /** A file checked against the rules in use: what it would change. Throws RuleSetException naming every problem. */
    public record Check(RuleSet rules, RuleSet against, List<Change> changes, long changesCount) {
        /** True when the file holds the same rules and texts as the set in use (its name aside). */
        public boolean sameContent() {
            return RuleSetDiff.ofContent(against, rules).isEmpty();
        }
    }

    /** {@link #check(String, boolean)} refusing a file exported while another version was in use. */
    public Check check(String json) {
        return check(json, false);
    }

    /**
     * Validates the JSON (safety floor included) and compares it with the set in use; stores nothing. A
     * file that changes something and was exported while another version than today's was in use is
     * refused ({@link OutdatedExportException}) unless {@code replaceNewer}: it would undo that change.
     */
    public Check check(String json, boolean replaceNewer) {
        long count = store.changes();
        RuleSet current = inUse();
        RuleSet rules = RuleSetJson.parse(json);
        RuleSetJson.ExportBase base = RuleSetJson.base(json);
        Check check = new Check(rules, current, RuleSetDiff.between(current, rules), count);
        if (base != null && !replaceNewer && !check.sameContent()) {
            RuleSetVersion now = inUseVersion();
            if (base.number() != now.number() || !base.name().equals(now.name())) {
                throw new OutdatedExportException(base, now);
            }
        }
        return check;
    }

    private RuleSetVersion inUseVersion() {
        return store.versions().stream().filter(RuleSetVersion::inUse).findFirst()
                .orElseThrow(() -> RuleSetException.of(List.of(com.ublives.recovery.i18n.Phrase.of("rules.stored.noneActive"))));
    }

    /** Stores a checked file as a new version and puts it in use; refused if the rules changed since the check. */
    public RuleSetVersion importChecked(Check checked, String savedBy) {
        return put(store.save(checked.rules(), Source.IMPORTED, savedBy, checked.changesCount()));
    }

    /**
     * Saves an edited rule set as a new version in use. {@code startedFrom} is the {@link #changes()} count
     * the editor read its rules at: another desk's save since then refuses this one (RuleSetChangedException).
     */
    public RuleSetVersion save(RuleSet edited, String savedBy, long startedFrom) {
        return put(store.save(edited, Source.EDITED, savedBy, startedFrom));
    }

    /** Puts a stored version in use again ("Use this version", {@code rules use}). */
    public RuleSetVersion use(int number, long startedFrom) {
        RuleSetVersion used = store.use(number, startedFrom);
        seen = store.changes();
        planner.use(store.read(number));
        return used;
    }

    /** Makes the bundled rules current again, as a new version; the history is kept. */
    public RuleSetVersion reset(String savedBy, long startedFrom) {
        return put(store.save(bundled(), Source.BUNDLED, savedBy, startedFrom));
    }

    /** What a version changed against the one numbered before it; empty for the first. */
    public List<Change> diff(int number) {
        RuleSet after = store.read(number);
        List<RuleSetVersion> all = store.versions();
        RuleSetVersion previous = null;
        for (RuleSetVersion v : all) {
            if (v.number() < number) {
                previous = v;
            }
        }
        if (previous == null) {
            return List.of();
        }
        return RuleSetDiff.between(store.read(previous.number()), after);
    }

    /**
     * A draft judged as it would be if saved: the preview of the Content screen. The draft must be sound
     * ({@link RowEditor.Applied#clean()}); nothing is stored and the planner keeps the rules in use.
     */
    public Outcome judge(RuleSet draft, Assessment assessment) {
        return new RuleEngine(draft).assess(assessment);
    }

    /**
     * Takes the version in use as stored now when another desk or program (the command line) changed it
     * since this program last read it: one small query when nothing changed. True when it was taken.
     */
    public boolean catchUp() {
        long now = store.changes();
        if (now == seen) {
            return false;
        }
        reload();
        return true;
    }

    /** Takes the version in use as stored now (another desk may have changed it) and judges with it. */
    public RuleSetVersion reload() {
        seen = store.changes();
        RuleSetVersion inUse = inUseVersion();
        planner.use(store.read(inUse.number()));
        return inUse;
    }

    private RuleSetVersion put(RuleSetVersion saved) {
        seen = store.changes();
        planner.use(store.read(saved.number()));
        return saved;
    }
}
