package com.ublives.recovery.content.screen;

import com.ublives.recovery.content.Entry;
import com.ublives.recovery.content.Field;
import com.ublives.recovery.content.Section;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleSetVersion;
import com.ublives.recovery.ui.FormControls;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The Content screen's nodes, bound to its view models: sections and entries on the left, the chosen
 * entry's form in the middle (each field's problem under it, as it is typed), and beside it the sample's
 * preview, its sheet and the history. Decides nothing: every command goes to a view model.
 */
final class ContentView {

    private final ContentViewModel model;
    private final SamplePreviewViewModel preview;
    private final ResourceBundle texts;
    private final BorderPane root = new BorderPane();
    private final ListView<Section> sections = new ListView<>();
    private final ListView<Entry> entries = new ListView<>();
    private final VBox form = new VBox(4);
    private final Label formTitle = new Label();
    private final TabPane tabs = new TabPane();
    /** Undoes the bindings of the form shown before, so an old form's controls write nowhere. */
    private final List<Runnable> unbind = new ArrayList<>();
    private boolean syncing;

    ContentView(ContentViewModel model, SamplePreviewViewModel preview, Parent sheetPane, ResourceBundle texts) {
        this.model = model;
        this.preview = preview;
        this.texts = texts;
        root.getStyleClass().add("content-screen");
        root.getStylesheets().add(ContentView.class.getResource("content.css").toExternalForm());
        root.setTop(toolbar());
        SplitPane split = new SplitPane(lists(), editor(), side(sheetPane));
        split.setDividerPositions(0.22, 0.58);
        root.setCenter(split);
        // each time the screen is shown again: has another desk (a clinic server's) saved rules meanwhile?
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                model.checkOtherDesks();
            }
        });
    }

    Parent root() {
        return root;
    }

    // --- the bar on top: what is in use, who saves, save and discard, what happened ---------------------

    private Node toolbar() {
        Label inUse = new Label();
        inUse.setId("contentInUse");
        inUse.getStyleClass().add("title");
        inUse.textProperty().bind(model.inUseProperty());
        inUse.setWrapText(true);
        Label who = new Label(texts.getString("content.savedBy"));
        who.setMinWidth(Region.USE_PREF_SIZE);
        TextField savedBy = new TextField();
        savedBy.setId("savedByField");
        savedBy.setPrefColumnCount(10);
        savedBy.textProperty().bindBidirectional(model.savedByProperty());
        who.setLabelFor(savedBy);
        who.setMnemonicParsing(true);
        Button save = button("contentSaveButton", "content.save", model::save);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.soundProperty().not().or(model.dirtyProperty().not()).or(model.busyProperty()));
        Button discard = button("contentDiscardButton", "content.discard", model::discard);
        discard.disableProperty().bind(model.dirtyProperty().not().or(model.busyProperty()));
        // a flow: with large text (Settings) the fields go below the title instead of being cut
        FlowPane fields = new FlowPane(8, 6, who, savedBy, save, discard);
        fields.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, inUse, fields);

        Label status = new Label();
        status.setId("contentStatus");
        status.setWrapText(true);
        status.getStyleClass().add("message");
        status.textProperty().bind(model.statusProperty());
        Label otherDesk = new Label();
        otherDesk.setWrapText(true);
        otherDesk.getStyleClass().addAll("message", "error");
        otherDesk.textProperty().bind(model.otherDeskProperty());
        Button reload = button("contentReloadButton", "content.reload", model::load);
        HBox other = new HBox(8, otherDesk, reload);
        other.setAlignment(Pos.CENTER_LEFT);
        shownWhenText(other, model.otherDeskProperty());
        shownWhenText(status, model.statusProperty());
        VBox top = new VBox(6, bar, status, other);
        top.getStyleClass().add("toolbar");
        return top;
    }

    // --- left: sections and their entries ----------------------------------------------------------------

    private Node lists() {
        sections.setId("sectionList");
        sections.setAccessibleText(texts.getString("access.sections"));
        sections.getItems().setAll(Section.values());
        sections.setCellFactory(FormControls.wrappingCells(model::sectionName));
        sections.setPrefHeight(8 * 26 + 4);
        sections.setMinHeight(Region.USE_PREF_SIZE);
        entries.setId("entryList");
        entries.setAccessibleText(texts.getString("access.entries"));
        entries.setCellFactory(FormControls.wrappingCells(Entry::title));
        VBox.setVgrow(entries, Priority.ALWAYS);

        sections.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showEntries());
        model.entries().addListener((ListChangeListener<Entry>) c -> showEntries());
        entries.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && now.section() != sections.getSelectionModel().getSelectedItem()) {
                sections.getSelectionModel().select(now.section());
            }
            selectInList(now);
        });
        sections.getSelectionModel().select(0);

        Button add = button("addEntryButton", "content.add", () -> model.add(sections.getSelectionModel().getSelectedItem()));
        add.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Section s = sections.getSelectionModel().getSelectedItem();
            return s == null || !s.addable();
        }, sections.getSelectionModel().selectedItemProperty()));
        Button delete = button("deleteEntryButton", "content.delete", model::deleteSelected);
        delete.disableProperty().bind(model.selectedProperty().isNull());
        HBox buttons = new HBox(8, add, delete);
        VBox box = new VBox(6, sections, entries, buttons);
        box.getStyleClass().add("content-lists");
        // as wide as its widest word and its two buttons: at 200 % a fixed 170 px broke "Erholungsverläufe"
        // and hid "Löschen"
        return box;
    }

    private void showEntries() {
        Section s = sections.getSelectionModel().getSelectedItem();
        syncing = true;
        try {
            entries.getItems().setAll(model.entries().stream().filter(e -> e.section() == s).toList());
        } finally {
            syncing = false;
        }
        selectInList(model.selectedProperty().get());
    }

    private void selectInList(Entry e) {
        syncing = true;
        try {
            if (e == null) {
                entries.getSelectionModel().clearSelection();
            } else {
                entries.getItems().stream().filter(x -> x.section() == e.section() && x.id().equals(e.id())).findFirst()
                        .ifPresent(x -> entries.getSelectionModel().select(x));
            }
        } finally {
            syncing = false;
        }
    }

    // --- middle: the chosen entry's form, the draft's problems and changes ------------------------------

    private Node editor() {
        formTitle.getStyleClass().add("title");
        formTitle.setWrapText(true);
        model.fields().addListener((ListChangeListener<Field>) c -> buildForm());
        model.selectedProperty().addListener((obs, old, now) -> formTitle.setText(now == null ? texts.getString("content.noEntry")
                : model.sectionName(now.section()) + " \u00b7 " + now.id()));
        formTitle.setText(texts.getString("content.noEntry"));

        Label problemsTitle = new Label(texts.getString("content.problems"));
        problemsTitle.getStyleClass().add("subtitle");
        VBox problems = lines("draftProblems", model.problems(), "field-problem");
        VBox problemBox = new VBox(4, problemsTitle, problems);
        javafx.beans.binding.BooleanBinding anyProblem = javafx.beans.binding.Bindings.isNotEmpty(model.problems());
        problemBox.visibleProperty().bind(anyProblem);
        problemBox.managedProperty().bind(anyProblem);

        Label changesTitle = new Label(texts.getString("content.changes"));
        changesTitle.getStyleClass().add("subtitle");
        changesTitle.setWrapText(true);
        changesTitle.setMinHeight(Region.USE_PREF_SIZE);
        VBox changes = lines("draftChanges", model.changes(), "change-line");
        Label none = new Label(texts.getString("content.noChanges"));
        none.getStyleClass().add("hint");
        none.visibleProperty().bind(model.dirtyProperty().not());
        none.managedProperty().bind(model.dirtyProperty().not());

        VBox box = new VBox(10, formTitle, form, problemBox, changesTitle, none, changes);
        box.getStyleClass().add("content-form");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(260);
        return scroll;
    }

    private void buildForm() {
        unbind.forEach(Runnable::run);
        unbind.clear();
        form.getChildren().clear();
        for (Field f : model.fields()) {
            Label label = new Label(texts.getString("content.field." + f.name()));
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            Node control = control(f);
            label.setLabelFor(control);
            Label problem = new Label();
            problem.setId("problem-" + f.name());
            problem.setWrapText(true);
            problem.getStyleClass().add("field-problem");
            problem.textProperty().bind(model.problem(f.name()));
            shownWhenText(problem, problem.textProperty());
            form.getChildren().addAll(label, control, problem);
        }
    }

    private Node control(Field f) {
        StringProperty value = model.value(f.name());
        String id = "field-" + f.name();
        switch (f.kind()) {
            case TEXT, NUMBER, LONG_TEXT -> {
                TextInputControl input;
                if (f.kind() == Field.Kind.LONG_TEXT) {
                    TextArea area = new TextArea();
                    area.setWrapText(true);
                    area.setPrefRowCount(3);
                    input = area;
                } else {
                    input = new TextField();
                }
                input.setId(id);
                input.textProperty().bindBidirectional(value);
                input.setEditable(f.editable());
                input.setDisable(!f.editable());
                unbind.add(() -> input.textProperty().unbindBidirectional(value));
                return input;
            }
            case CHOICE -> {
                ComboBox<String> box = new ComboBox<>();
                box.setId(id);
                box.getItems().setAll(f.choices());
                box.valueProperty().bindBidirectional(value);
                unbind.add(() -> box.valueProperty().unbindBidirectional(value));
                return box;
            }
            default -> {
                FlowPane pane = new FlowPane(10, 4);
                pane.setId(id);
                List<CheckBox> boxes = new ArrayList<>();
                boolean[] writing = {false};
                Runnable read = () -> {
                    List<String> chosen = ids(value.get());
                    writing[0] = true;
                    boxes.forEach(b -> b.setSelected(chosen.contains((String) b.getUserData())));
                    writing[0] = false;
                };
                for (String choice : f.choices()) {
                    CheckBox box = new CheckBox(choice);
                    box.setId(id + "-" + choice);
                    box.setUserData(choice);
                    box.selectedProperty().addListener((obs, was, now) -> {
                        if (!writing[0]) {
                            value.set(String.join(",", boxes.stream().filter(CheckBox::isSelected)
                                    .map(b -> (String) b.getUserData()).toList()));
                        }
                    });
                    boxes.add(box);
                }
                pane.getChildren().setAll(boxes);
                read.run();
                javafx.beans.value.ChangeListener<String> follow = (obs, old, now) -> read.run();
                value.addListener(follow);
                unbind.add(() -> value.removeListener(follow));
                return pane;
            }
        }
    }

    private static List<String> ids(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    // --- right: preview, sheet, history ------------------------------------------------------------------

    private Node side(Parent sheetPane) {
        Tab previewTab = new Tab(texts.getString("content.tab.preview"), previewPane());
        previewTab.setId("content-preview-tab");
        VBox sheetBox = new VBox(sheetPane);
        sheetBox.getStyleClass().add("clinic");
        VBox.setVgrow(sheetPane, Priority.ALWAYS);
        Tab sheetTab = new Tab(texts.getString("content.tab.sheet"), sheetBox);
        sheetTab.setId("content-sheet-tab");
        Tab historyTab = new Tab(texts.getString("content.tab.history"), historyPane());
        historyTab.setId("content-history-tab");
        tabs.getTabs().setAll(previewTab, sheetTab, historyTab);
        tabs.setId("contentTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // the sheet is drawn when it is looked at, for the sample and draft as they are then
        sheetTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                preview.showSheet();
            }
        });
        tabs.setMinWidth(280);
        return tabs;
    }

    private Node previewPane() {
        ComboBox<String> massage = new ComboBox<>(preview.massages());
        massage.setId("sampleMassage");
        massage.valueProperty().bindBidirectional(preview.massageProperty());
        Spinner<Integer> soreness = new Spinner<>(0, 10, preview.sorenessProperty().get());
        soreness.setId("sampleSoreness");
        soreness.setEditable(true);
        soreness.valueProperty().addListener((obs, old, now) -> preview.sorenessProperty().set(now == null ? 0 : now));
        ComboBox<PainQuality> quality = new ComboBox<>();
        quality.getItems().setAll(PainQuality.values());
        quality.setId("sampleQuality");
        quality.valueProperty().bindBidirectional(preview.qualityProperty());
        Spinner<Integer> hours = new Spinner<>(0, 240, preview.hoursProperty().get());
        hours.setId("sampleHours");
        hours.setEditable(true);
        hours.valueProperty().addListener((obs, old, now) -> preview.hoursProperty().set(now == null ? 0 : now));

        FlowPane factors = new FlowPane(10, 4);
        FlowPane flags = new FlowPane(10, 4);
        FlowPane conditions = new FlowPane(10, 4);
        Runnable ticks = () -> {
            RuleSet r = model.draftProperty().get();
            if (r == null) {
                return;
            }
            ticks(factors, "sample-factor-", r.factors().stream().map(f -> f.id()).toList(), preview.factors());
            ticks(flags, "sample-flag-", r.redFlags().stream().map(f -> f.id()).toList(), preview.redFlags());
            ticks(conditions, "sample-condition-", r.conditions().stream().map(c -> c.id()).toList(), preview.conditions());
        };
        model.draftProperty().addListener((obs, old, now) -> ticks.run());
        ticks.run();

        Label warningsTitle = new Label(texts.getString("content.preview.warnings"));
        warningsTitle.getStyleClass().add("subtitle");
        VBox warnings = lines("previewWarnings", preview.warnings(), "warning-line");
        javafx.beans.binding.BooleanBinding anyWarning = javafx.beans.binding.Bindings.isNotEmpty(preview.warnings());
        warningsTitle.visibleProperty().bind(anyWarning);
        warningsTitle.managedProperty().bind(anyWarning);
        Label planTitle = new Label(texts.getString("content.preview.plan"));
        planTitle.getStyleClass().add("subtitle");
        VBox plan = lines("previewLines", preview.lines(), "plan-line");
        Button sheet = button("showSheetButton", "content.preview.showSheet",
                () -> tabs.getSelectionModel().select(1));

        Label sample = new Label(texts.getString("content.preview.sample"));
        sample.getStyleClass().add("title");
        sample.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane head = new FlowPane(8, 6, sample, sheet);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head,
                row("content.preview.massage", massage), row("content.preview.soreness", soreness),
                row("content.preview.quality", quality), row("content.preview.hours", hours),
                titled("content.preview.factors", factors), titled("content.preview.redFlags", flags),
                titled("content.preview.conditions", conditions),
                warningsTitle, warnings, planTitle, plan);
        box.getStyleClass().add("content-preview");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Tick boxes for the sample's factors, flags or conditions; rebuilt only when the draft's ids change. */
    private static void ticks(FlowPane pane, String prefix, List<String> ids, ObservableSet<String> chosen) {
        List<Object> now = pane.getChildren().stream().map(Node::getUserData).toList();
        if (now.equals(ids)) {
            return;
        }
        List<CheckBox> boxes = new ArrayList<>();
        for (String id : ids) {
            CheckBox box = new CheckBox(id);
            box.setId(prefix + id);
            box.setUserData(id);
            box.setSelected(chosen.contains(id));
            box.selectedProperty().addListener((obs, was, on) -> {
                if (on) {
                    chosen.add(id);
                } else {
                    chosen.remove(id);
                }
            });
            boxes.add(box);
        }
        pane.getChildren().setAll(boxes);
    }

    private Node historyPane() {
        ListView<RuleSetVersion> versions = new ListView<>(model.versions());
        versions.setId("versionList");
        versions.setCellFactory(FormControls.wrappingCells(model::describe));
        versions.setPrefHeight(160);
        versions.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.chosenVersionProperty().get())) {
                model.chosenVersionProperty().set(now);
            }
        });
        model.chosenVersionProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(versions.getSelectionModel().getSelectedItem())) {
                versions.getSelectionModel().select(now);
            }
        });
        ListView<String> changes = new ListView<>(model.versionChanges());
        changes.setId("versionChanges");
        changes.setCellFactory(FormControls.wrappingCells(Function.identity()));
        VBox.setVgrow(changes, Priority.ALWAYS);
        Button use = button("useVersionButton", "content.history.use", model::useChosen);
        use.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.chosenVersionProperty().get() == null || model.chosenVersionProperty().get().inUse() || model.busyProperty().get(),
                model.chosenVersionProperty(), model.busyProperty()));
        Button restore = button("restoreBundledButton", "content.history.restore", model::restoreBundled);
        restore.disableProperty().bind(model.busyProperty());
        FlowPane buttons = new FlowPane(8, 6, use, restore);
        VBox box = new VBox(8, versions, changes, buttons);
        box.getStyleClass().add("content-history");
        return box;
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(texts.getString(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node row(String key, Node control) {
        Label label = new Label(texts.getString(key));
        label.setLabelFor(control);
        label.getStyleClass().add("row-label");
        // a flow: where the label and its field do not fit side by side (large text) the field goes below
        FlowPane row = new FlowPane(8, 4, label, control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node titled(String key, Node content) {
        Label label = new Label(texts.getString(key));
        label.getStyleClass().add("subtitle");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(2, label, content);
    }

    /** A label per line of the list, wrapped, kept in step with it. */
    private static VBox lines(String id, javafx.collections.ObservableList<String> source, String style) {
        VBox box = new VBox(3);
        box.setId(id);
        Runnable fill = () -> box.getChildren().setAll(source.stream().map(text -> {
            Label l = new Label(text);
            l.setWrapText(true);
            l.getStyleClass().add(style);
            l.setMinHeight(Region.USE_PREF_SIZE);
            return (Node) l;
        }).toList());
        source.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        return box;
    }

    private static void shownWhenText(Node node, javafx.beans.value.ObservableStringValue text) {
        javafx.beans.binding.BooleanBinding shown = javafx.beans.binding.Bindings.isNotEmpty(text);
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    private static <T> javafx.util.Callback<ListView<T>, ListCell<T>> cells(Function<T, String> text) {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

}
