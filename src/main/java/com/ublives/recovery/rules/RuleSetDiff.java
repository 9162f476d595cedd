package com.ublives.recovery.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two rule sets, by section, id and field (content/ChangeWords says it in a
 * person's words: "Changed the massage type 'Thai' name: 'Thai' → 'Thai yoga' (thai)"). It compares the
 * JSON form of the sets (the format of the bundled file and of exports), so every field any section
 * has is compared, including ones added later, without a list here to keep up to date.
 */
public final class RuleSetDiff {

    private RuleSetDiff() {
    }

    /**
     * @param name the row's name as a person knows it (its name, label, title or code; the name it had
     *             before for a change), or null for a part of the set that is no row
     * @param before as the file holds it: a text as itself in single quotes, a number or level as it is,
     *               a list or condition as compact JSON, null for none
     */
    public record Change(Kind kind, String section, String id, String name, String field, String before, String after) {

        public enum Kind { ADDED, REMOVED, CHANGED }

        /** The row as rules are named elsewhere (validator, import): "massageTypes[thai]", or "watchHours". */
        public String row() {
            return id == null ? section : section + "[" + id + "]";
        }
    }

    /** Every change from {@code before} to {@code after}, in the order of the sections and rows of the file. */
    public static List<Change> between(RuleSet before, RuleSet after) {
        JsonNode a = RuleSetJson.tree(before);
        JsonNode b = RuleSetJson.tree(after);
        List<Change> changes = new ArrayList<>();
        for (String section : names(a, b)) {
            JsonNode was = a.path(section);
            JsonNode now = b.path(section);
            if (was.isArray() || now.isArray()) {
                rows(section, was, now, changes);
            } else if (!"translations".equals(section) && !was.equals(now)) {
                changes.add(new Change(Change.Kind.CHANGED, section, null, null, null, text(was), text(now)));
            }
        }
        // last, once every row added or removed is known: their texts come and go with them, unsaid
        Set<String> rowsComeOrGone = new java.util.HashSet<>();
        changes.stream().filter(c -> c.kind() != Change.Kind.CHANGED).forEach(c -> rowsComeOrGone.add(c.section() + "." + c.id()));
        texts(a.path("translations"), b.path("translations"), rowsComeOrGone, changes);
        return changes;
    }

    /** The changes apart from the name of the set: empty when two sets would give the same answers and texts. */
    public static List<Change> ofContent(RuleSet before, RuleSet after) {
        return between(before, after).stream().filter(c -> !"version".equals(c.section())).toList();
    }

    /**
     * The texts in other languages, one change per text (language, part, id, field: "de.redFlags.fever"
     * label), so a clinic reads which German text changed rather than the whole translations object.
     */
    private static void texts(JsonNode was, JsonNode now, Set<String> rowsComeOrGone, List<Change> changes) {
        for (String language : names(was, now)) {
            for (String part : names(was.path(language), now.path(language))) {
                for (String id : names(was.path(language).path(part), now.path(language).path(part))) {
                    if (rowsComeOrGone.contains(part + "." + id)) {
                        continue;
                    }
                    JsonNode x = was.path(language).path(part).path(id);
                    JsonNode y = now.path(language).path(part).path(id);
                    for (String field : names(x, y)) {
                        if (!x.path(field).equals(y.path(field))) {
                            changes.add(new Change(Change.Kind.CHANGED, "translations", language + "." + part + "." + id,
                                    null, field, text(x.path(field)), text(y.path(field))));
                        }
                    }
                }
            }
        }
    }

    private static void rows(String section, JsonNode was, JsonNode now, List<Change> changes) {
        Map<String, JsonNode> before = byId(was);
        Map<String, JsonNode> after = byId(now);
        for (Map.Entry<String, JsonNode> row : before.entrySet()) {
            JsonNode other = after.get(row.getKey());
            if (other == null) {
                changes.add(new Change(Change.Kind.REMOVED, section, row.getKey(), name(row.getValue()), null, null, null));
                continue;
            }
            for (String field : names(row.getValue(), other)) {
                JsonNode x = row.getValue().path(field);
                JsonNode y = other.path(field);
                if (!x.equals(y)) {
                    changes.add(new Change(Change.Kind.CHANGED, section, row.getKey(), name(row.getValue()), field, text(x), text(y)));
                }
            }
        }
        for (String id : after.keySet()) {
            if (!before.containsKey(id)) {
                changes.add(new Change(Change.Kind.ADDED, section, id, name(after.get(id)), null, null, null));
            }
        }
        // the order is part of the rules (bands are ordered, the first variant that holds wins)
        List<String> kept = new ArrayList<>(before.keySet());
        kept.retainAll(after.keySet());
        List<String> keptAfter = new ArrayList<>(after.keySet());
        keptAfter.retainAll(before.keySet());
        if (!kept.equals(keptAfter)) {
            changes.add(new Change(Change.Kind.CHANGED, section, null, null, "order", String.join(", ", kept), String.join(", ", keptAfter)));
        }
    }

    /** A section's rows by their id (warning rules are named by code, plan variants by rule). */
    private static Map<String, JsonNode> byId(JsonNode rows) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode row : rows) {
            String id = row.hasNonNull("id") ? row.get("id").asText()
                    : row.hasNonNull("code") ? row.get("code").asText() : "#" + i;
            map.putIfAbsent(id, row);
            i++;
        }
        return map;
    }

    /** What a person calls the row: its name, label or title, else its code or rule. */
    private static String name(JsonNode row) {
        for (String field : List.of("name", "label", "title", "code", "rule")) {
            if (row.hasNonNull(field) && row.get(field).isTextual()) {
                return row.get(field).asText();
            }
        }
        return null;
    }

    private static Set<String> names(JsonNode a, JsonNode b) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode node : List.of(a, b)) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
        }
        return names;
    }

    /** A text as itself in single quotes, a number or level as it is, a list or condition as compact JSON; null for none. */
    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isTextual() ? "'" + node.asText() + "'" : node.toString();
    }
}
