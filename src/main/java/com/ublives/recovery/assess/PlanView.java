package com.ublives.recovery.assess;

import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.Styles;
import com.ublives.recovery.ui.WholeWords;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Lays out the plan column: the red-flag alerts first, always, then a {@link PlanPage} (the band and
 * its timeline, the warnings, the schedule by phase and category, what was left out, and on demand
 * why) or, while there is none, a placeholder. Layout only.
 */
final class PlanView extends VBox {

    private final ResourceBundle texts;
    private final BandTimeline timeline;
    private final TitledPane why = new TitledPane();
    /** Nodes of the plan on screen by the content they show, and those the next plan may take over. */
    private Map<Object, Node> built = new HashMap<>();
    private Map<Object, Node> reusable = new HashMap<>();

    PlanView(ResourceBundle texts) {
        super(16);
        this.texts = texts;
        this.timeline = new BandTimeline();
        getStyleClass().add("plan");
        why.setText(texts.getString("plan.why"));
        why.setGraphic(Icons.of(Icons.WHY));
        why.setExpanded(false);
        // its title wraps: at 200 % the German title alone was wider than the plan's pane (a titled pane's
        // least width is its title's whole width unless told otherwise)
        why.setWrapText(true);
        why.setMinWidth(0);
        why.setId("why");
        why.getStyleClass().add("why");
    }

    /** The alerts come from the ticked red flags alone, so they stay while the plan is held back. */
    void show(List<PlanPage.RedFlagAlert> alerts, PlanPage page, Node placeholder, Node actions) {
        reusable = built;
        built = new HashMap<>();
        getChildren().clear();
        alerts.forEach(flag -> getChildren().add(node(flag, () -> redFlag(flag))));
        if (page == null) {
            getChildren().add(placeholder);
            return;
        }
        timeline.show(page.timeline());
        getChildren().add(actions);
        getChildren().add(node(Arrays.asList("band", page.bandId(), page.bandCaption(), page.bandTitle(), page.severityText(),
                page.statusText(), page.status(), page.hasRedFlag(), page.bandDescription()), () -> band(page)));
        if (!page.warnings().isEmpty()) {
            VBox notices = section(texts.getString("plan.warnings"));
            page.warnings().forEach(n -> notices.getChildren().add(node(n, () -> notice(n))));
            getChildren().add(notices);
        }
        VBox schedule = section(texts.getString("plan.schedule"));
        page.phases().forEach(phase -> schedule.getChildren().add(phase(phase)));
        getChildren().add(schedule);
        if (!page.omitted().isEmpty()) {
            VBox omitted = section(texts.getString("plan.omitted"));
            page.omitted().forEach(o -> omitted.getChildren().add(node(o, () -> omitted(o))));
            getChildren().add(omitted);
        }
        why.setContent(node(Arrays.asList("why", page.firedRules(), page.ruleSetVersion()), () -> {
            VBox rules = new VBox(6);
            page.firedRules().forEach(rule -> rules.getChildren().add(rule(rule)));
            rules.getChildren().add(styled(new Label(page.ruleSetVersion()), "hint"));
            return rules;
        }));
        getChildren().add(why);
    }

    /** The rule's words, then its id in small print; a text flow wraps both and never cuts either. */
    private static Node rule(PlanPage.Rule rule) {
        Text words = styled(new Text(rule.words() + "   "), "rule-words");
        Text id = styled(new Text(rule.id()), "rule-id");
        TextFlow line = new TextFlow(words, id);
        line.getStyleClass().add("rule");
        line.setAccessibleText(rule.words());
        return line;
    }

    /**
     * The node the last plan showed for the same content, else a new one. A tick in the form changes
     * a few lines of the plan; rebuilding all of it cost ~120 ms of the FX thread (new nodes need
     * their CSS looked up and their text wrapped again), so the lines and headings that did not
     * change are taken over and only the boxes around them are new.
     */
    private Node node(Object content, Supplier<Node> build) {
        Node node = reusable.remove(content);
        if (node == null) {
            node = build.get();
        }
        built.put(content, node);
        return node;
    }

    private Node redFlag(PlanPage.RedFlagAlert flag) {
        Label heading = styled(new Label(flag.heading(), Icons.of(Icons.level(flag.level()), 28)), "alert-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Label symptom = styled(wrapping(flag.symptom()), "alert-symptom");
        Label action = styled(wrapping(flag.action()), "alert-action");
        VBox box = new VBox(6, heading, symptom, action);
        box.setId("red-flag-alert");
        box.getStyleClass().addAll("red-flag-alert", "level-" + flag.level().name());
        return box;
    }

    private Node band(PlanPage page) {
        Label caption = styled(wrapping(page.bandCaption()), "caption");
        caption.setId("band-caption");
        Label title = styled(wrapping(page.bandTitle()), "band-title");
        title.setId("band-title");
        Label severity = styled(new Label(page.severityText()), "hint");
        severity.setId("severity");
        Label status = styled(wrapping(page.statusText()), "status");
        status.setId("status");
        Styles.setVariant(status, "status-", page.status().name());
        // beside a red flag no tick that could read as "all is well": the neutral mark
        status.setGraphic(Icons.of(Icons.status(page.hasRedFlag() ? "" : page.status().name())));
        // beside a red flag the status is a side note, never a green light under the alert
        Styles.toggle(status, "secondary", page.hasRedFlag());
        Label description = styled(wrapping(page.bandDescription()), "band-description");
        VBox card = new VBox(6, caption, title, severity, timeline, status, description);
        card.getStyleClass().addAll("card", "band-card", "band-" + page.bandId());
        return card;
    }

    private Node notice(PlanPage.Notice notice) {
        Label badge = styled(new Label(notice.levelText(), Icons.of(Icons.level(notice.level()), 16)), "level-badge");
        Label message = wrapping(notice.message());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox row = new HBox(10, badge, message);
        row.getStyleClass().addAll("notice", "level-" + notice.level().name());
        return row;
    }

    private Node phase(PlanPage.PhaseGroup phase) {
        Node header = node(Arrays.asList("phase", phase.title(), phase.current()), () -> {
            Label title = styled(new Label(phase.title()), "phase-title");
            HBox row = new HBox(8, title);
            if (phase.current()) {
                row.getChildren().add(styled(new Label(texts.getString("plan.current")), "now-badge"));
            }
            return row;
        });
        VBox box = new VBox(10, header);
        for (PlanPage.CategoryGroup category : phase.categories()) {
            Node name = node(Arrays.asList("category", category.category(), category.title()), () -> styled(
                    new Label(category.title(), Icons.of(Icons.category(category.category()), 18)), "category-title"));
            VBox items = new VBox(8);
            for (PlanPage.Item item : category.items()) {
                items.getChildren().add(node(Arrays.asList(phase.phase(), item), () -> item(phase, item)));
            }
            box.getChildren().add(new VBox(6, name, items));
        }
        box.getStyleClass().addAll("card", "phase");
        Styles.toggle(box, "current", phase.current());
        return box;
    }

    private Node item(PlanPage.PhaseGroup phase, PlanPage.Item item) {
        // the title wraps and takes the room; the hours keep theirs, so neither is ever cut
        Label itemTitle = styled(WholeWords.keep(new Label(item.title())), "item-title");
        itemTitle.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(itemTitle, Priority.ALWAYS);
        Label when = styled(unshrinking(item.hours()), "item-hours");
        VBox entry;
        if (item.continued()) {
            // wraps between its words, so that with a long name ("Shiatsu-Massagekissen", 200 %) the row still fits
            Label continues = styled(WholeWords.keep(new Label(texts.getString("plan.continues"))), "item-hours");
            entry = new VBox(new HBox(8, itemTitle, continues, when));
            entry.getStyleClass().add("continued");
        } else {
            entry = new VBox(2, new HBox(8, itemTitle, when), styled(wrapping(item.text()), "item-text"));
        }
        entry.getStyleClass().add("item");
        entry.setId("item-" + phase.phase().name() + "-" + item.id());
        return entry;
    }

    private Node omitted(PlanPage.Omitted omitted) {
        Label title = styled(new Label(omitted.title(), Icons.of(Icons.OMITTED, 16)), "item-title");
        VBox box = new VBox(2, title, styled(wrapping(omitted.reason()), "item-text"));
        box.getStyleClass().add("omitted");
        return box;
    }

    private VBox section(String title) {
        VBox box = new VBox(8, node(Arrays.asList("section", title), () -> styled(new Label(title), "section-title")));
        box.getStyleClass().add("plan-section");
        return box;
    }

    private static Label unshrinking(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
