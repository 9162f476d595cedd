package com.ublives.recovery.content;

import com.ublives.recovery.rules.RuleSetDiff.Change;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A change between two rule sets in the words a clinic owner reads, in the person's language, with the
 * id beside it for whoever edits the file: "Added massage type Cupping (cupping)", "Changed the plan
 * item 'Drink water' text: 'old' → 'new' (hydration.water)". The history of the Content screen and
 * {@code rules import} say it the same way.
 */
public final class ChangeWords {

    private final ResourceBundle texts;

    public ChangeWords(ResourceBundle texts) {
        this.texts = texts;
    }

    public List<String> describe(List<Change> changes) {
        return changes.stream().map(this::describe).toList();
    }

    public String describe(Change c) {
        String part = word("diff.section.", c.section());
        String name = c.name() == null ? c.id() : c.name();
        String line = switch (c.kind()) {
            case ADDED -> MessageFormat.format(texts.getString("diff.added"), part, name);
            case REMOVED -> MessageFormat.format(texts.getString("diff.removed"), part, name);
            case CHANGED -> "order".equals(c.field()) && c.id() == null
                    ? MessageFormat.format(texts.getString("diff.order"), word("diff.sections.", c.section()),
                    value(c.before()), value(c.after()))
                    : c.id() == null
                    ? MessageFormat.format(texts.getString("diff.changedSetting"), part, value(c.before()), value(c.after()))
                    : MessageFormat.format(texts.getString("diff.changed"), part, name, word("diff.field.", c.field()),
                    value(c.before()), value(c.after()));
        };
        // the id small beside the words: the name a file and the other rules use
        return c.id() == null || c.id().equals(name) ? line : line + " (" + c.id() + ")";
    }

    /** The bundle's word for a section or field; a part added later without a word keeps its file name. */
    private String word(String prefix, String key) {
        try {
            return texts.getString(prefix + key);
        } catch (MissingResourceException notNamedYet) {
            return key;
        }
    }

    private String value(String v) {
        return v == null ? texts.getString("diff.none") : v;
    }
}
