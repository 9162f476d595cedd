package com.ublives.recovery.content;

import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.rules.Band;
import com.ublives.recovery.rules.Category;
import com.ublives.recovery.rules.Exclusion;
import com.ublives.recovery.rules.Factor;
import com.ublives.recovery.rules.HealthCondition;
import com.ublives.recovery.rules.Level;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.PlanItem;
import com.ublives.recovery.rules.PlanVariant;
import com.ublives.recovery.rules.RedFlag;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleSetValidator;
import com.ublives.recovery.rules.Severity;
import com.ublives.recovery.rules.WarningRule;
import com.ublives.recovery.rules.When;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The Content screen's editing, without any screen: the rows of a rule set as entries, each entry's
 * fields and values, and a form's values applied back to give a new draft rule set, with every problem
 * named on its field. Problems come from {@link RuleSetValidator} (the safety floor included), so the
 * editor refuses exactly what an import or a stored table would be refused for, in the same words.
 * Pure: the same draft and values always give the same result.
 */
public final class RowEditor {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ITEM_ID = Pattern.compile("[a-z]+(-[a-z]+)*\\.[a-z0-9]+(-[a-z0-9]+)*");
    /** The exclusions the editor writes for "which conditions remove this item" are named so. */
    private static final String CONDITION_EXCLUSION = "omit.condition.";

    private RowEditor() {
    }

    /** What applying a form gave: the draft with the form's values, and the problems by field ("" = the row as a whole). */
    public record Applied(RuleSet draft, Map<String, Phrase> onFields, List<Phrase> others) {
        public boolean clean() {
            return onFields.isEmpty() && others.isEmpty();
        }

        /** The problems by field in English (a screen writes {@link #onFields} in its own language). */
        public Map<String, String> fieldProblems() {
            Map<String, String> english = new LinkedHashMap<>();
            onFields.forEach((field, p) -> english.put(field, onField(p, Language.ENGLISH.messages())));
            return english;
        }

        public List<String> otherProblems() {
            return others.stream().map(Phrase::english).toList();
        }
    }

    /**
     * A field's problem in the language of {@code texts}: a validator's problem without the row's
     * technical name in front ("bands[short]: label is empty" reads "Label is empty"), the editor's own as it is.
     */
    public static String onField(Phrase problem, java.util.ResourceBundle texts) {
        String words = problem.in(texts);
        return words.contains("]: ") ? words(words) : words;
    }

    public static List<Entry> entries(RuleSet r) {
        List<Entry> list = new ArrayList<>();
        r.massageTypes().forEach(m -> list.add(new Entry(Section.MASSAGES, m.id(), m.name() + " (" + m.baseBand() + ")")));
        r.bands().forEach(b -> list.add(new Entry(Section.BANDS, b.id(), b.id() + " · " + b.hoursLabel())));
        r.severities().forEach(s -> list.add(new Entry(Section.SEVERITIES, s.id(), s.label() + " (" + s.from() + "–" + s.to() + ")")));
        r.factors().forEach(f -> list.add(new Entry(Section.FACTORS, f.id(), f.label())));
        r.redFlags().forEach(f -> list.add(new Entry(Section.RED_FLAGS, f.id(), f.label() + " (" + f.level() + ")")));
        r.conditions().forEach(c -> list.add(new Entry(Section.CONDITIONS, c.id(), c.label())));
        r.warningRules().forEach(w -> list.add(new Entry(Section.WARNINGS, w.code(), w.code() + " (" + w.level() + ")")));
        r.planItems().forEach(p -> list.add(new Entry(Section.PLAN_ITEMS, p.id(), p.title() + " (" + p.category() + ")")));
        return list;
    }

    /** The fields of an entry's form; the id can be changed only while the row is new (others refer to it). */
    public static List<Field> fields(RuleSet r, Entry e, boolean isNew) {
        List<String> levels = Arrays.stream(Level.values()).map(Level::name).toList();
        return switch (e.section()) {
            case MASSAGES -> List.of(Field.id(isNew), Field.text("name"),
                    Field.choice("baseBand", r.bands().stream().map(Band::id).toList()));
            case BANDS -> List.of(Field.id(false), Field.text("label"), Field.longText("description"),
                    Field.number("minHours"), Field.number("maxHours"));
            case SEVERITIES -> List.of(Field.id(false), Field.text("label"), Field.number("from"), Field.number("to"));
            case FACTORS -> List.of(Field.id(isNew), Field.text("label"), Field.longText("advice"));
            case RED_FLAGS -> List.of(Field.id(isNew), Field.choice("level", levels), Field.text("label"), Field.longText("action"));
            case CONDITIONS -> List.of(Field.id(isNew), Field.text("label"));
            case WARNINGS -> List.of(Field.id(false), Field.choice("level", levels), Field.longText("message"));
            case PLAN_ITEMS -> List.of(Field.id(isNew),
                    Field.choice("category", Arrays.stream(Category.values()).map(Category::name).toList()),
                    Field.text("title"), Field.longText("text"), Field.number("fromHour"), Field.number("toHour"),
                    Field.choices("massageIn", r.massageTypes().stream().map(MassageType::id).toList()),
                    Field.choices("removedBy", r.conditions().stream().map(HealthCondition::id).toList()));
        };
    }

    /** The values an entry's form starts with, by field name. */
    public static Map<String, String> values(RuleSet r, Entry e) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("id", e.id());
        switch (e.section()) {
            case MASSAGES -> {
                MassageType m = find(r.massageTypes(), MassageType::id, e.id());
                v.put("name", m.name());
                v.put("baseBand", m.baseBand());
            }
            case BANDS -> {
                Band b = find(r.bands(), Band::id, e.id());
                v.put("label", b.label());
                v.put("description", b.description() == null ? "" : b.description());
                v.put("minHours", String.valueOf(b.minHours()));
                v.put("maxHours", String.valueOf(b.maxHours()));
            }
            case SEVERITIES -> {
                Severity s = find(r.severities(), Severity::id, e.id());
                v.put("label", s.label());
                v.put("from", String.valueOf(s.from()));
                v.put("to", String.valueOf(s.to()));
            }
            case FACTORS -> {
                Factor f = find(r.factors(), Factor::id, e.id());
                v.put("label", f.label());
                v.put("advice", f.advice());
            }
            case RED_FLAGS -> {
                RedFlag f = find(r.redFlags(), RedFlag::id, e.id());
                v.put("level", f.level().name());
                v.put("label", f.label());
                v.put("action", f.action());
            }
            case CONDITIONS -> v.put("label", find(r.conditions(), HealthCondition::id, e.id()).label());
            case WARNINGS -> {
                WarningRule w = find(r.warningRules(), WarningRule::code, e.id());
                v.put("level", w.level().name());
                v.put("message", w.message());
            }
            case PLAN_ITEMS -> {
                PlanItem p = find(r.planItems(), PlanItem::id, e.id());
                PlanVariant first = p.variants().isEmpty() ? null : p.variants().get(0);
                v.put("category", p.category().name());
                v.put("title", p.title());
                v.put("text", p.text());
                v.put("fromHour", first == null || first.fromHour() == null ? "" : first.fromHour().toString());
                v.put("toHour", first == null || first.toHour() == null ? "" : first.toHour().toString());
                v.put("massageIn", first == null ? "" : String.join(",", first.when().massageIn()));
                v.put("removedBy", String.join(",", removedBy(r, p)));
            }
        }
        return v;
    }

    /** The form's values put into the draft, and every problem of the result (the safety floor's among them). */
    public static Applied apply(RuleSet r, Entry e, Map<String, String> values) {
        Map<String, Phrase> problems = new LinkedHashMap<>();
        String id = values.getOrDefault("id", e.id()).strip();
        if (!id.equals(e.id())) {
            Pattern shape = e.section() == Section.PLAN_ITEMS ? ITEM_ID : ID;
            if (!shape.matcher(id).matches()) {
                problems.put("id", Phrase.of(e.section() == Section.PLAN_ITEMS ? "content.problem.itemId" : "content.problem.id"));
                id = e.id();
            }
        }
        RuleSet draft = switch (e.section()) {
            case MASSAGES -> replace(r, e, new MassageType(id, values.get("name"), values.get("baseBand")));
            case BANDS -> {
                Band b = find(r.bands(), Band::id, e.id());
                yield replace(r, e, new Band(b.id(), values.get("label"), values.get("description"),
                        whole(values, "minHours", problems, b.minHours()), whole(values, "maxHours", problems, b.maxHours()),
                        b.openEnded()));
            }
            case SEVERITIES -> {
                Severity s = find(r.severities(), Severity::id, e.id());
                yield replace(r, e, new Severity(s.id(), values.get("label"), whole(values, "from", problems, s.from()),
                        whole(values, "to", problems, s.to())));
            }
            case FACTORS -> replace(r, e, new Factor(id, values.get("label"), values.get("advice")));
            case RED_FLAGS -> replace(r, e, new RedFlag(id, Level.valueOf(values.get("level")), values.get("label"), values.get("action")));
            case CONDITIONS -> replace(r, e, new HealthCondition(id, values.get("label")));
            case WARNINGS -> {
                WarningRule w = find(r.warningRules(), WarningRule::code, e.id());
                yield replace(r, e, new WarningRule(w.code(), Level.valueOf(values.get("level")), w.when(), values.get("message")));
            }
            case PLAN_ITEMS -> planItem(r, e, id, values, problems);
        };
        List<Phrase> other = new ArrayList<>();
        for (Phrase problem : RuleSetValidator.problems(draft)) {
            // the field is found from the English, which names the row and its field as the file does
            String field = fieldOf(problem.english(), e.section(), id);
            if (field == null) {
                other.add(problem);
            } else {
                problems.putIfAbsent(field, problem);
            }
        }
        return new Applied(draft, problems, other);
    }

    /** A row added: the draft with it, and its entry. */
    public record Added(RuleSet draft, Entry entry) {
    }

    /**
     * A row deleted (draft), or why it must stay: a refusal of i18n/messages and, where the deletion
     * would make problems, the first of them.
     */
    public record Deleted(RuleSet draft, String refusalKey, Phrase problem) {
        /** Why the row must stay, in English; null when it was deleted. */
        public String refusal() {
            return refusal(Language.ENGLISH.messages());
        }

        /**
         * Why the row must stay in the language of {@code texts}: the refusal and the first problem the
         * deletion would make, without the row's name in front, and "is missing; the safety floor needs it"
         * read as "The safety floor needs it" (the row is the one being deleted, so its missing goes without saying).
         */
        public String refusal(java.util.ResourceBundle texts) {
            if (refusalKey == null || problem == null) {
                return refusalKey == null ? null : Phrase.of(refusalKey).in(texts);
            }
            String why = words(problem.in(texts));
            String missing = texts.getString("content.delete.missing");
            if (why.startsWith(missing) && why.length() > missing.length()) {
                why = words(why.substring(missing.length()));
            }
            return Phrase.of(refusalKey, Phrase.written(why.endsWith(".") ? why : why + ".")).in(texts);
        }
    }

    /** A new row of the section with a free id and texts to replace; null where a clinic may not add rows. */
    public static Added add(RuleSet r, Section section) {
        String id;
        RuleSet draft;
        switch (section) {
            case MASSAGES -> {
                id = free(r.massageTypes(), MassageType::id, "new-massage");
                draft = with(r, section, append(r.massageTypes(), new MassageType(id, "New massage", r.bands().get(0).id())));
            }
            case FACTORS -> {
                id = free(r.factors(), Factor::id, "new-factor");
                draft = with(r, section, append(r.factors(), new Factor(id, "New factor", "Advice for this factor.")));
            }
            case RED_FLAGS -> {
                id = free(r.redFlags(), RedFlag::id, "new-red-flag");
                draft = with(r, section, append(r.redFlags(), new RedFlag(id, Level.URGENT, "New warning sign",
                        "Contact a doctor today.")));
            }
            case CONDITIONS -> {
                id = free(r.conditions(), HealthCondition::id, "new-condition");
                draft = with(r, section, append(r.conditions(), new HealthCondition(id, "New health condition")));
            }
            case PLAN_ITEMS -> {
                id = free(r.planItems(), PlanItem::id, "active-rest.new-item");
                draft = with(r, section, append(r.planItems(), new PlanItem(id, Category.ACTIVE_REST, "New advice",
                        "What to do, in a sentence or two.", List.of(new PlanVariant("plan." + id, When.ALWAYS, 0, null)))));
            }
            default -> {
                return null;
            }
        }
        return new Added(draft, entries(draft).stream().filter(x -> x.section() == section && x.id().equals(id))
                .findFirst().orElseThrow());
    }

    /**
     * The draft without the row, or the reason it must stay: a row the safety floor needs (a red flag,
     * a condition, a massage type that plans refer to) is never deleted.
     */
    public static Deleted delete(RuleSet r, Entry e) {
        if (!e.section().addable()) {
            return new Deleted(null, "content.delete.needed", null);
        }
        RuleSet without = with(r, e.section(), remove(rows(r, e.section()), e));
        if (e.section() == Section.PLAN_ITEMS) {
            without = dropItemFromExclusions(without, e.id());
        }
        List<Phrase> before = RuleSetValidator.problems(r);
        List<Phrase> added = RuleSetValidator.problems(without).stream().filter(p -> !before.contains(p)).toList();
        if (added.isEmpty()) {
            return new Deleted(without, null, null);
        }
        boolean floor = added.stream().anyMatch(p -> p.english().contains("safety floor"));
        return new Deleted(null, floor ? "content.delete.floor" : "content.delete.referred", added.get(0));
    }

    // --- plan items -------------------------------------------------------------------------------------------

    private static RuleSet planItem(RuleSet r, Entry e, String id, Map<String, String> values, Map<String, Phrase> problems) {
        PlanItem old = find(r.planItems(), PlanItem::id, e.id());
        Integer from = hour(values, "fromHour", problems);
        Integer to = hour(values, "toHour", problems);
        List<String> massages = ids(values.get("massageIn"));
        List<PlanVariant> variants = new ArrayList<>(old.variants());
        if (variants.isEmpty()) {
            variants.add(new PlanVariant("plan." + id, When.ALWAYS, 0, null));
        }
        PlanVariant first = variants.get(0);
        When w = first.when();
        String rule = first.rule().equals("plan." + e.id()) ? "plan." + id : first.rule();
        variants.set(0, new PlanVariant(rule, new When(massages, w.severityIn(), w.qualityIn(), w.bandIn(), w.statusIn(),
                w.minFactors(), w.hoursAbove(), w.sorenessRiseAtLeast(), w.redFlagLevelAtLeast(), w.conditionIn()), from, to));
        Category category = Category.valueOf(values.get("category"));
        PlanItem item = new PlanItem(id, category, values.get("title"), values.get("text"), variants);
        RuleSet draft = replace(r, e, item);
        if (!id.equals(e.id())) {
            draft = withExclusions(draft, draft.exclusions().stream().map(x -> new Exclusion(x.id(), x.when(), x.categories(),
                    x.items().stream().map(i -> i.equals(e.id()) ? id : i).toList(), x.reason())).toList());
        }
        return removedBy(draft, item, ids(values.get("removedBy")), problems);
    }

    /** The health conditions whose exclusions leave this item out. */
    private static List<String> removedBy(RuleSet r, PlanItem item) {
        List<String> ids = new ArrayList<>();
        for (HealthCondition c : r.conditions()) {
            if (conditionExclusions(r, c.id()).stream().anyMatch(x -> x.removes(item))) {
                ids.add(c.id());
            }
        }
        return ids;
    }

    /** Exclusions that hold for exactly one health condition and nothing else. */
    private static List<Exclusion> conditionExclusions(RuleSet r, String condition) {
        When only = new When(null, null, null, null, null, null, null, null, null, List.of(condition));
        return r.exclusions().stream().filter(x -> x.when().equals(only)).toList();
    }

    private static RuleSet removedBy(RuleSet r, PlanItem item, List<String> wanted, Map<String, Phrase> problems) {
        List<Exclusion> exclusions = new ArrayList<>(r.exclusions());
        for (HealthCondition c : r.conditions()) {
            List<Exclusion> own = conditionExclusions(r, c.id());
            boolean removes = own.stream().anyMatch(x -> x.removes(item));
            if (wanted.contains(c.id()) && !removes) {
                if (own.isEmpty()) {
                    exclusions.add(new Exclusion(CONDITION_EXCLUSION + c.id(), own(c.id()), List.of(), List.of(item.id()),
                            "Not advised with this condition (" + c.label() + "): ask your doctor first."));
                } else {
                    Exclusion x = own.get(0);
                    exclusions.set(exclusions.indexOf(x), new Exclusion(x.id(), x.when(), x.categories(),
                            append(x.items(), item.id()), x.reason()));
                }
            } else if (!wanted.contains(c.id()) && removes) {
                if (own.stream().anyMatch(x -> x.categories().contains(item.category()))) {
                    problems.putIfAbsent("removedBy", Phrase.of("content.problem.keepsCategory", c.label(), item.category().name()));
                    continue;
                }
                for (Exclusion x : own) {
                    int at = exclusions.indexOf(x);
                    List<String> items = x.items().stream().filter(i -> !i.equals(item.id())).toList();
                    if (items.isEmpty() && x.categories().isEmpty()) {
                        exclusions.remove(at);
                    } else {
                        exclusions.set(at, new Exclusion(x.id(), x.when(), x.categories(), items, x.reason()));
                    }
                }
            }
        }
        return withExclusions(r, exclusions);
    }

    private static When own(String condition) {
        return new When(null, null, null, null, null, null, null, null, null, List.of(condition));
    }

    private static RuleSet dropItemFromExclusions(RuleSet r, String item) {
        List<Exclusion> kept = new ArrayList<>();
        for (Exclusion x : r.exclusions()) {
            List<String> items = x.items().stream().filter(i -> !i.equals(item)).toList();
            if (!items.isEmpty() || !x.categories().isEmpty()) {
                kept.add(new Exclusion(x.id(), x.when(), x.categories(), items, x.reason()));
            }
        }
        return withExclusions(r, kept);
    }

    // --- problems on fields -----------------------------------------------------------------------------------

    /**
     * The form field a validator problem is about, or null when it is about another row. The validator
     * names the row and then the field: "massageTypes[cupping]: name is empty".
     */
    static String fieldOf(String problem, Section section, String id) {
        String row = section.row(id);
        if (section == Section.PLAN_ITEMS) {
            if (problem.contains("must remove " + id + " ")) {
                return "removedBy";
            }
            if (problem.startsWith(row + ".variants[")) {
                return problem.contains("toHour") ? "toHour" : "fromHour";
            }
        }
        if (!problem.startsWith(row + ":")) {
            return null;
        }
        String rest = problem.substring(row.length() + 1).strip();
        for (String field : List.of("name", "baseBand", "label", "description", "advice", "action", "message", "level",
                "title", "text", "category", "from", "to")) {
            if (rest.startsWith(field + " ")) {
                return field;
            }
        }
        if (rest.startsWith("hours") || rest.startsWith("must start")) {
            return "minHours";
        }
        if (rest.startsWith("range")) {
            return "from";
        }
        return rest.startsWith("id ") || rest.startsWith("duplicate id") ? "id" : "";
    }

    /** The problem without the row's technical name in front: "name is empty" reads "Name is empty". */
    static String words(String problem) {
        int colon = problem.indexOf("]: ");
        String rest = colon < 0 ? problem : problem.substring(colon + 3);
        return rest.isEmpty() ? rest : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static int whole(Map<String, String> values, String field, Map<String, Phrase> problems, int fallback) {
        Integer n = parse(values.get(field));
        if (n == null) {
            problems.put(field, Phrase.of("content.problem.whole"));
            return fallback;
        }
        return n;
    }

    /** An hour, or null (open) when left empty. */
    private static Integer hour(Map<String, String> values, String field, Map<String, Phrase> problems) {
        String text = values.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        Integer n = parse(text);
        if (n == null || n < 0) {
            problems.put(field, Phrase.of("content.problem.hour"));
        }
        return n == null || n < 0 ? null : n;
    }

    private static Integer parse(String text) {
        if (text == null || !text.strip().matches("-?[0-9]{1,6}")) {
            return null;
        }
        return Integer.parseInt(text.strip());
    }

    private static List<String> ids(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <T> T find(List<T> rows, Function<T, String> id, String wanted) {
        return rows.stream().filter(row -> wanted.equals(id.apply(row))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + wanted));
    }

    private static <T> String free(List<T> rows, Function<T, String> id, String base) {
        for (int n = 1; ; n++) {
            String candidate = base + "-" + n;
            if (rows.stream().noneMatch(row -> candidate.equals(id.apply(row)))) {
                return candidate;
            }
        }
    }

    private static <T> List<T> append(List<T> rows, T row) {
        List<T> list = new ArrayList<>(rows);
        list.add(row);
        return list;
    }

    private static List<?> rows(RuleSet r, Section s) {
        return switch (s) {
            case MASSAGES -> r.massageTypes();
            case BANDS -> r.bands();
            case SEVERITIES -> r.severities();
            case FACTORS -> r.factors();
            case RED_FLAGS -> r.redFlags();
            case CONDITIONS -> r.conditions();
            case WARNINGS -> r.warningRules();
            case PLAN_ITEMS -> r.planItems();
        };
    }

    private static String idOf(Object row) {
        if (row instanceof WarningRule w) {
            return w.code();
        } else if (row instanceof MassageType m) {
            return m.id();
        } else if (row instanceof Band b) {
            return b.id();
        } else if (row instanceof Severity s) {
            return s.id();
        } else if (row instanceof Factor f) {
            return f.id();
        } else if (row instanceof RedFlag f) {
            return f.id();
        } else if (row instanceof HealthCondition c) {
            return c.id();
        } else if (row instanceof PlanItem p) {
            return p.id();
        }
        throw new IllegalArgumentException(String.valueOf(row));
    }

    private static List<Object> remove(List<?> rows, Entry e) {
        return rows.stream().filter(row -> !e.id().equals(idOf(row))).map(row -> (Object) row).toList();
    }

    private static RuleSet replace(RuleSet r, Entry e, Object row) {
        List<Object> list = new ArrayList<>();
        for (Object old : rows(r, e.section())) {
            list.add(e.id().equals(idOf(old)) ? row : old);
        }
        return with(r, e.section(), list);
    }

    @SuppressWarnings("unchecked")
    private static RuleSet with(RuleSet r, Section s, List<?> rows) {
        return new RuleSet(r.version(), r.watchHours(),
                s == Section.BANDS ? (List<Band>) rows : r.bands(),
                s == Section.MASSAGES ? (List<MassageType>) rows : r.massageTypes(),
                s == Section.SEVERITIES ? (List<Severity>) rows : r.severities(),
                s == Section.FACTORS ? (List<Factor>) rows : r.factors(),
                s == Section.RED_FLAGS ? (List<RedFlag>) rows : r.redFlags(),
                s == Section.CONDITIONS ? (List<HealthCondition>) rows : r.conditions(),
                r.bandRules(),
                s == Section.WARNINGS ? (List<WarningRule>) rows : r.warningRules(),
                s == Section.PLAN_ITEMS ? (List<PlanItem>) rows : r.planItems(),
                r.exclusions(), r.translations());
    }

    private static RuleSet withExclusions(RuleSet r, List<Exclusion> exclusions) {
        return new RuleSet(r.version(), r.watchHours(), r.bands(), r.massageTypes(), r.severities(), r.factors(),
                r.redFlags(), r.conditions(), r.bandRules(), r.warningRules(), r.planItems(), exclusions,
                r.translations());
    }
}
