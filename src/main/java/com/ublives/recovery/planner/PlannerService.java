package com.ublives.recovery.planner;

import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.RuleEngine;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleTranslations;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one door to the rules engine for the window, the command line, the journal and the clinic,
 * so all of them judge an assessment the same way with the rule set in use. When another version of
 * the rules is put in use ({@link #use}), every later judgement takes it; one already begun finishes
 * with the set it started with, so a plan never mixes two versions.
 * <p>
 * The rules' texts are read in the language this program speaks ({@link #speak}: the window's from
 * Settings), or in one named for a reader (a client's sheet); the rules themselves are the same in
 * every language. What is edited, stored and exported is the rule set itself: {@link #ownRuleSet()}.
 */
public final class PlannerService {

    /** The engine and the parser of one rule set, swapped together. */
    private record Judge(RuleEngine engine, AssessmentParser parser) {
        Judge(RuleSet rules) {
            this(new RuleEngine(rules), new AssessmentParser(rules));
        }
    }

    private final java.util.List<java.util.function.Consumer<RuleSet>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The rule set in use and its judges by language, made when first asked for; swapped together. */
    private record Judges(RuleSet own, Map<String, Judge> byLanguage) {
        Judges(RuleSet own) {
            this(own, new ConcurrentHashMap<>());
        }

        Judge in(String language) {
            RuleSet rules = own.in(language);
            // English and languages the set has no texts in are the set itself: one judge for all of them
            return byLanguage.computeIfAbsent(rules == own ? "" : language, l -> new Judge(rules));
        }
    }

    private volatile Judges judges;
    private volatile String language;

    public PlannerService(RuleSet rules) {
        this.judges = new Judges(rules);
    }

    /** The rules in use, with their texts in the language spoken ({@link #speak}). */
    public RuleSet ruleSet() {
        return judges.in(language).engine().ruleSet();
    }

    /** The rules in use with their texts in this language (a code of i18n/Language: "en", "de"). */
    public RuleSet ruleSet(String language) {
        return judges.in(language).engine().ruleSet();
    }

    /** The rules in use as they are stored, with their own texts and translations: to edit, save or export. */
    public RuleSet ownRuleSet() {
        return judges.own();
    }

    /** From now on, {@link #ruleSet()} and {@link #assess} give texts in this language (null: the rule set's own). */
    public void speak(String language) {
        this.language = language;
    }

    /** The language spoken: a code of i18n/Language, or null for the rule set's own texts. */
    public String language() {
        return language;
    }

    /** From now on, judge with these (already validated) rules; those listening are told when they differ. */
    public void use(RuleSet rules) {
        RuleSet before = judges.own();
        judges = new Judges(rules);
        if (!rules.equals(before)) {
            // told in the language spoken: the screens show these texts
            RuleSet spoken = ruleSet();
            listeners.forEach(listener -> listener.accept(spoken));
        }
    }

    /**
     * Tells the listener each time other rules are put in use (on the thread that put them in use: a
     * screen hands it on to its own). Returns what stops telling it, for a screen that is thrown away.
     */
    public Runnable whenRulesChange(java.util.function.Consumer<RuleSet> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Parses raw input and judges it; throws InvalidInputException naming each bad input. */
    public Outcome assess(AssessmentParser.Raw raw) {
        Judge now = judges.in(language);
        return now.engine().assess(now.parser().parse(raw));
    }

    public Outcome assess(Assessment assessment) {
        return judges.in(language).engine().assess(assessment);
    }

    /**
     * Judges a reading that is kept (a check-in): refusals are named in the language spoken, but the outcome
     * carries the rule set's own texts, so what is stored reads the same whatever desk stored it; screens put
     * it into their language with {@link #spoken(List)}.
     */
    public Outcome assessToKeep(AssessmentParser.Raw raw) {
        return judges.in(null).engine().assess(judges.in(language).parser().parse(raw));
    }

    /** As {@link #assessToKeep(AssessmentParser.Raw)}, for a reading already parsed. */
    public Outcome assessToKeep(Assessment assessment) {
        return judges.in(null).engine().assess(assessment);
    }

    /**
     * Stored warnings in the language spoken. A warning is put into words again only when the rule set in use
     * still says exactly what was stored, in its own words or in one of its translations (check-ins saved
     * before they were kept in its own words); one whose rule has changed or gone since keeps its words.
     */
    public List<Outcome.Warning> spoken(List<Outcome.Warning> stored) {
        RuleSet spoken = ruleSet();
        return stored.stream().map(w -> {
            String now = spoken.warningMessage(w.code());
            return now != null && !now.equals(w.message()) && saysNow(w)
                    ? new Outcome.Warning(w.level(), w.code(), now) : w;
        }).toList();
    }

    /** True when the rule set in use gives exactly this warning's words, in its own texts or a translation. */
    private boolean saysNow(Outcome.Warning w) {
        if (w.message().equals(judges.own().warningMessage(w.code()))) {
            return true;
        }
        return RuleTranslations.LANGUAGES.stream().anyMatch(l -> w.message().equals(ruleSet(l).warningMessage(w.code())));
    }

    /** Judges with the texts in this language, whatever the language spoken (a client's sheet). */
    public Outcome assess(Assessment assessment, String language) {
        return judges.in(language).engine().assess(assessment);
    }
}
