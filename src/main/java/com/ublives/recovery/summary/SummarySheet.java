package com.ublives.recovery.summary;

import com.ublives.recovery.i18n.Conventions;
import com.ublives.recovery.journal.CheckIn;
import com.ublives.recovery.journal.Judgement;
import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.journal.RecoverySummary;

import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.clinic.sheet.SummaryContent;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.RedFlag;
import com.ublives.recovery.rules.RuleEngine;
import com.ublives.recovery.rules.RuleSet;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A recovery's summary in the person's words, for the one-page PDF they show a therapist or doctor. Every
 * warning and red flag stored with a check-in is printed beside it in the words the journal shows ("Caution:"
 * and the rule set's message); a red flag reported in the recovery comes first, with what to do about it.
 * What the person did is listed beside how soreness went, never as its cause (docs/rules.md, "Honest wording").
 */
public final class SummarySheet {

    private final ResourceBundle texts;
    private final ZoneId zone;
    private final Locale locale;
    private final Conventions conventions;

    public SummarySheet(ResourceBundle texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
        this.locale = texts.getLocale() == null || texts.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH
                : texts.getLocale();
        // the summary's language (the window's, or --lang), not the computer's
        this.conventions = Conventions.of(texts);
    }

    public SummaryContent of(RecoverySummary s) {
        Recovery r = s.recovery();
        RuleSet rules = s.rules();
        String massage = rules.massageType(r.massage()) == null ? r.massage() : rules.massageType(r.massage()).name();
        List<SummaryContent.Section> sections = new ArrayList<>();
        SummaryContent.Section redFlags = redFlags(s);
        if (redFlags != null) {
            sections.add(redFlags);
        }
        sections.add(checkIns(s));
        sections.add(helped(s));
        sections.add(next(s));
        return new SummaryContent(Paper.A4, locale.getLanguage(), text("summary.title", massage),
                text("summary.subtitle", at(s.now())) + " " + (r.isOpen()
                        ? text("summary.open", conventions.hours(s.hoursNow())) : text("summary.closed", at(r.closedAt()))),
                facts(s, massage), chart(s), sections,
                text("summary.footer", at(s.now()), s.outcomeNow().ruleSetVersion()));
    }

    private List<SummaryContent.Fact> facts(RecoverySummary s, String massage) {
        Recovery r = s.recovery();
        RuleSet rules = s.rules();
        List<SummaryContent.Fact> facts = new ArrayList<>();
        facts.add(new SummaryContent.Fact(text("summary.massage"), massage + ", " + at(r.startedAt())
                + (r.therapist() == null || r.therapist().isBlank() ? "" : " (" + r.therapist() + ")")));
        facts.add(new SummaryContent.Fact(text("summary.expected"), s.chart().expectedBand().course()));
        facts.add(new SummaryContent.Fact(text("summary.factors"), listed(r.factors(),
                id -> rules.factors().stream().filter(f -> f.id().equals(id)).map(f -> f.label()).findFirst().orElse(id))));
        facts.add(new SummaryContent.Fact(text("summary.conditions"), listed(r.conditions(),
                id -> rules.conditions().stream().filter(c -> c.id().equals(id)).map(c -> c.label()).findFirst().orElse(id))));
        facts.add(new SummaryContent.Fact(text("summary.areas"), listed(r.areas(), id -> text("area." + id))));
        return facts;
    }

    private SummaryContent.Chart chart(RecoverySummary s) {
        List<SummaryContent.Point> points = s.chart().points().stream().map(p -> new SummaryContent.Point(p.hours(),
                p.soreness(), p.checkIn() != null && p.checkIn().judgement().hasRedFlag())).toList();
        var band = s.chart().expectedBand();
        return new SummaryContent.Chart(text("summary.chart"), text("journal.chart.hours"), text("journal.chart.soreness"),
                band.minHours(), band.maxHours(), text("summary.chart.expected", band.course()), s.chart().watchHours(),
                text("summary.chart.watch", s.chart().watchHours()), points);
    }

    /** Each red flag reported in this recovery, the gravest first, with when it was last reported and what to do. */
    private SummaryContent.Section redFlags(RecoverySummary s) {
        Map<String, CheckIn> lastReported = new LinkedHashMap<>();
        for (CheckIn c : s.checkIns()) {
            c.redFlags().forEach(id -> lastReported.put(id, c));
        }
        if (lastReported.isEmpty()) {
            return null;
        }
        List<SummaryContent.Entry> entries = lastReported.entrySet().stream()
                .sorted((a, b) -> level(s.rules(), b.getKey()).compareTo(level(s.rules(), a.getKey())))
                .map(e -> {
                    RedFlag flag = s.rules().redFlag(e.getKey());
                    String label = flag == null ? e.getKey() : flag.label();
                    String action = flag == null ? "" : " " + flag.action();
                    return new SummaryContent.Entry(text("alert." + level(s.rules(), e.getKey()).name()),
                            text("summary.redFlag", label, at(e.getValue().at()),
                                    conventions.hours(e.getValue().judgement().hours())) + action, true);
                }).toList();
        return new SummaryContent.Section(text("summary.redFlags"), null, entries, true);
    }

    private static com.ublives.recovery.rules.Level level(RuleSet rules, String flagId) {
        RedFlag flag = rules.redFlag(flagId);
        return flag == null ? com.ublives.recovery.rules.Level.EMERGENCY : flag.level();
    }

    /** Every reading in time order, each with every warning the engine stored with it. */
    private SummaryContent.Section checkIns(RecoverySummary s) {
        Recovery r = s.recovery();
        List<SummaryContent.Entry> entries = new ArrayList<>();
        if (r.endSoreness() != null) {
            entries.add(new SummaryContent.Entry(at(r.startedAt()) + " \u00b7 0 h",
                    text("summary.start", r.endSoreness(), text("quality." + r.quality().id())), false));
        }
        for (CheckIn c : s.checkIns()) {
            Judgement j = c.judgement();
            String status = j.status() == null ? "" : " " + text("journal.status." + j.status().name()) + ".";
            String did = c.done().isEmpty() ? "" : " " + text("summary.did", titles(s, c.done()));
            String note = c.note() == null || c.note().isBlank() ? "" : " " + text("summary.note", c.note().strip());
            entries.add(new SummaryContent.Entry(at(c.at()) + " \u00b7 " + conventions.hours(j.hours()) + " h",
                    text("summary.reading", c.soreness(), text("quality." + c.quality().id())) + status + did + note,
                    j.hasRedFlag()));
            for (Outcome.Warning w : j.warnings()) {
                entries.add(new SummaryContent.Entry("\u2003" + text("level." + w.level().name()) + ":", w.message(),
                        w.isRedFlag()));
            }
        }
        if (entries.isEmpty()) {
            entries.add(new SummaryContent.Entry("", text("summary.checkIns.none"), false));
        }
        return new SummaryContent.Section(text("summary.checkIns"), null, entries, false);
    }

    /** Each plan item noted as done, with the readings it was noted at: beside the soreness, not as its cause. */
    private SummaryContent.Section helped(RecoverySummary s) {
        Map<String, List<CheckIn>> byItem = new LinkedHashMap<>();
        for (CheckIn c : s.checkIns()) {
            c.done().forEach(id -> byItem.computeIfAbsent(id, k -> new ArrayList<>()).add(c));
        }
        List<SummaryContent.Entry> entries = new ArrayList<>();
        byItem.forEach((id, at) -> entries.add(new SummaryContent.Entry(titles(s, List.of(id)) + ":",
                text("summary.helped.at", at.stream().map(c -> text("summary.helped.reading",
                        conventions.hours(c.judgement().hours()), c.soreness())).collect(Collectors.joining(", "))), false)));
        if (entries.isEmpty()) {
            entries.add(new SummaryContent.Entry("", text("summary.helped.none"), false));
        }
        return new SummaryContent.Section(text("summary.helped"), text("summary.helped.note"), entries, false);
    }

    /** From the rules as things stand now: the warnings now, the plan items for this hour, and when to see someone. */
    private SummaryContent.Section next(RecoverySummary s) {
        List<SummaryContent.Entry> entries = new ArrayList<>();
        Outcome now = s.outcomeNow();
        if (s.recovery().isOpen()) {
            for (Outcome.Warning w : now.warnings()) {
                entries.add(new SummaryContent.Entry(text("level." + w.level().name()) + ":", w.message(), w.isRedFlag()));
            }
            for (Outcome.PlannedItem item : now.plan()) {
                boolean fromOk = item.fromHour() == null || item.fromHour() <= s.hoursNow();
                boolean toOk = item.toHour() == null || s.hoursNow() < item.toHour();
                if (fromOk && toOk) {
                    entries.add(new SummaryContent.Entry(item.title() + ":", item.text(), false));
                }
            }
        } else {
            entries.add(new SummaryContent.Entry("", text("summary.closedNext"), false));
        }
        entries.add(new SummaryContent.Entry(text("summary.professional"),
                text("summary.professional.text", s.chart().watchHours(), s.past72Advice()), false));
        return new SummaryContent.Section(text("summary.next"), text("summary.next.note", at(s.now())), entries, false);
    }

    private String titles(RecoverySummary s, List<String> ids) {
        return ids.stream().map(id -> s.planItems().stream().filter(p -> p.id().equals(id)).map(Outcome.PlannedItem::title)
                .findFirst().orElseGet(() -> s.rules().planItems().stream().filter(p -> p.id().equals(id))
                        .map(p -> p.title()).findFirst().orElse(id))).collect(Collectors.joining("; "));
    }

    private String listed(List<String> ids, Function<String, String> name) {
        return ids.isEmpty() ? text("summary.none") : ids.stream().map(name).collect(Collectors.joining(", "));
    }

    private String at(Instant instant) {
        return conventions.dateTimeWithYear(instant, zone);
    }

    private String text(String key, Object... args) {
        String pattern = texts.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, locale).format(strings);
    }
}
