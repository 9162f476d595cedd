package com.ublives.recovery.ui.settings;

import com.ublives.recovery.ui.FollowFocus;

import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.settings.Settings;
import com.ublives.recovery.settings.Theme;
import com.ublives.recovery.ui.settings.SettingsViewModel.LanguageChoice;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Settings screen: language, theme, text size, check-in reminders, the clinic screens, and where
 * the data is. Every control binds to the view model, which applies a change at once.
 */
public final class SettingsScreen {

    private final SettingsViewModel model;
    private final ResourceBundle texts;

    private SettingsScreen(SettingsViewModel model, ResourceBundle texts) {
        this.model = model;
        this.texts = texts;
    }

    public static Parent create(SettingsViewModel model, ResourceBundle texts, Path dataDir) {
        return new SettingsScreen(model, texts).build(dataDir, null);
    }

    /** With the choice of where the data is (this computer or a clinic server). */
    public static Parent create(SettingsViewModel model, ResourceBundle texts, PlaceViewModel place) {
        return new SettingsScreen(model, texts).build(null, place);
    }

    private Parent build(Path dataDir, PlaceViewModel place) {
        Label title = new Label(texts.getString("settings.title"));
        title.getStyleClass().add("screen-title");
        VBox page = new VBox(16, title);
        for (String problem : model.fileProblems()) {
            Label note = new Label(problem);
            note.setWrapText(true);
            note.getStyleClass().addAll("settings-problem");
            page.getChildren().add(note);
        }
        page.getChildren().addAll(languageCard(), themeCard(), textSizeCard(), checkInCard(), screensCard(),
                place != null ? card("settings.data.title", PlaceCard.content(place, texts)) : dataCard(dataDir));
        page.getStyleClass().add("settings-page");
        page.setMaxWidth(760);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        FollowFocus.install(scroll);
        scroll.getStyleClass().add("settings");
        scroll.getStylesheets().add(SettingsScreen.class.getResource("settings.css").toExternalForm());
        return scroll;
    }

    private VBox card(String titleKey, Node... content) {
        Label heading = new Label(texts.getString(titleKey));
        heading.getStyleClass().add("card-title");
        VBox card = new VBox(10, heading);
        card.getChildren().addAll(content);
        card.getStyleClass().add("card");
        return card;
    }

    private Label hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        return hint;
    }

    private Node languageCard() {
        ComboBox<LanguageChoice> box = new ComboBox<>();
        box.setId("languageBox");
        box.getItems().setAll(model.languageChoices());
        box.setCellFactory(list -> new LanguageCell());
        box.setButtonCell(new LanguageCell());
        box.setValue(model.languageProperty().get());
        box.valueProperty().addListener((obs, old, now) -> model.languageProperty().set(now));
        Label label = new Label(texts.getString("settings.language"));
        label.setLabelFor(box);
        label.setMnemonicParsing(true);
        box.setAccessibleText(texts.getString("settings.language.accessible"));
        return card("settings.language.title", new HBox(10, label, box), hint(texts.getString("settings.language.hint")));
    }

    /** A language is named in itself ("Deutsch"), so a person who cannot read the current one still finds theirs. */
    private final class LanguageCell extends ListCell<LanguageChoice> {
        @Override
        protected void updateItem(LanguageChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : name(item.language()));
        }
    }

    private String name(Language language) {
        if (language == null) {
            Language system = Language.of(Locale.getDefault());
            return MessageFormat.format(texts.getString("settings.language.system"), selfName(system));
        }
        return selfName(language);
    }

    private static String selfName(Language language) {
        return language.locale().getDisplayLanguage(language.locale());
    }

    private Node themeCard() {
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(18);
        for (Theme theme : Theme.values()) {
            RadioButton choice = new RadioButton(texts.getString("settings.theme." + theme.code()));
            choice.setId("theme-" + theme.code());
            choice.setUserData(theme);
            choice.setToggleGroup(group);
            choice.setSelected(theme == model.themeProperty().get());
            choices.getChildren().add(choice);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.themeProperty().set((Theme) now.getUserData());
            } else {
                old.setSelected(true); // one theme is always chosen
            }
        });
        return card("settings.theme.title", choices);
    }

    private Node textSizeCard() {
        Slider slider = new Slider(Settings.MIN_TEXT_SIZE, Settings.MAX_TEXT_SIZE, model.textSizeProperty().get());
        slider.setId("textSizeSlider");
        slider.setMajorTickUnit(25);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(10);
        slider.setShowTickMarks(true);
        slider.setPrefWidth(320);
        Label value = new Label();
        value.setId("textSizeValue");
        value.setMinWidth(60);
        Runnable show = () -> value.setText(MessageFormat.format(texts.getString("settings.textSize.value"),
                model.textSizeProperty().get()));
        show.run();
        // whole steps of 10 %, applied when the slider is let go (or at once from the keyboard)
        slider.valueProperty().addListener((obs, old, now) -> {
            int snapped = (int) (Math.round(now.doubleValue() / 10.0) * 10);
            if (!slider.isValueChanging()) {
                model.textSizeProperty().set(snapped);
            }
            value.setText(MessageFormat.format(texts.getString("settings.textSize.value"), snapped));
        });
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                model.textSizeProperty().set((int) (Math.round(slider.getValue() / 10.0) * 10));
            }
        });
        model.textSizeProperty().addListener((obs, old, now) -> show.run());
        Label label = new Label(texts.getString("settings.textSize"));
        label.setId("textSizeLabel");
        label.setLabelFor(slider);
        label.setMnemonicParsing(true);
        slider.setAccessibleText(texts.getString("settings.textSize.accessible"));
        HBox row = new HBox(12, label, slider, value);
        row.setAlignment(Pos.CENTER_LEFT);
        return card("settings.textSize.title", row, hint(texts.getString("settings.textSize.hint")));
    }

    private Node checkInCard() {
        TextField hours = new TextField();
        hours.setId("checkInHoursField");
        hours.textProperty().bindBidirectional(model.checkInHoursProperty());
        hours.setPrefColumnCount(18);
        hours.setOnAction(e -> model.commitCheckInHours());
        hours.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.commitCheckInHours();
            }
        });
        Label label = new Label(texts.getString("settings.checkIns"));
        label.setLabelFor(hours);
        label.setMnemonicParsing(true);
        hours.setAccessibleHelp(texts.getString("settings.checkIns.hint"));
        Label error = new Label();
        error.setId("checkInHoursError");
        error.setWrapText(true);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.checkInHoursErrorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        model.checkInHoursErrorProperty().addListener((obs, old, now) -> {
            hours.getStyleClass().remove("error");
            if (!now.isEmpty()) {
                hours.getStyleClass().add("error");
            }
        });
        // a flow: at a large text size the field goes below its label instead of the label being cut
        label.setWrapText(true);
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(10, 6, label, hours);
        row.setAlignment(Pos.CENTER_LEFT);
        return card("settings.checkIns.title", row, error, hint(texts.getString("settings.checkIns.hint")));
    }

    private Node screensCard() {
        CheckBox clinic = new CheckBox(texts.getString("settings.clinicShown"));
        clinic.setId("clinicShownBox");
        clinic.setWrapText(true);
        clinic.selectedProperty().bindBidirectional(model.clinicShownProperty());
        return card("settings.screens.title", clinic, hint(texts.getString("settings.clinicShown.hint")));
    }

    /** Where the data is, without a choice (a screen built without the window's services). */
    private Node dataCard(Path dataDir) {
        Label where = new Label(MessageFormat.format(texts.getString("settings.data.local"), dataDir));
        where.setId("dataLocation");
        where.setWrapText(true);
        return card("settings.data.title", where);
    }
}
