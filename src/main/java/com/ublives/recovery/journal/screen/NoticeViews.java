package com.ublives.recovery.journal.screen;

import com.ublives.recovery.rules.Level;
import com.ublives.recovery.ui.Icons;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.ResourceBundle;
import java.util.function.LongConsumer;

/** The banners above the dashboard: 72 hours passed (with check in / close), and check-ins due. */
final class NoticeViews {

    private final ResourceBundle texts;
    private final LongConsumer checkIn;
    private final LongConsumer close;

    NoticeViews(ResourceBundle texts, LongConsumer checkIn, LongConsumer close) {
        this.texts = texts;
        this.checkIn = checkIn;
        this.close = close;
    }

    Node banner(Notice notice) {
        Label text = new Label(notice.text(), Icons.of(Icons.level(Level.WARNING), 22));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button checkInButton = new Button(texts.getString("journal.checkIn").replace("_", ""), Icons.of(Icons.CHECK_IN));
        checkInButton.setMnemonicParsing(false);
        checkInButton.setMinWidth(Button.USE_PREF_SIZE);
        checkInButton.setOnAction(e -> checkIn.accept(notice.recoveryId()));
        Button closeButton = new Button(texts.getString("journal.close").replace("_", ""), Icons.of(Icons.CLOSE_RECOVERY));
        closeButton.setMnemonicParsing(false);
        closeButton.setMinWidth(Button.USE_PREF_SIZE);
        closeButton.setOnAction(e -> close.accept(notice.recoveryId()));
        HBox box = new HBox(10, text, checkInButton, closeButton);
        // at the top: where the reminders scroll in their strip, the buttons are in view with the first line
        box.setAlignment(Pos.TOP_LEFT);
        box.setId("banner-" + notice.recoveryId());
        box.getStyleClass().addAll("banner", "past-72-banner");
        return box;
    }

    Node overdue(Notice notice) {
        Label text = new Label(notice.text(), Icons.of(Icons.DUE, 18));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button checkInButton = new Button(texts.getString("journal.checkIn").replace("_", ""));
        checkInButton.setMnemonicParsing(false);
        checkInButton.setMinWidth(Button.USE_PREF_SIZE);
        checkInButton.getStyleClass().add("flat");
        checkInButton.setOnAction(e -> checkIn.accept(notice.recoveryId()));
        HBox box = new HBox(10, text, checkInButton);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("overdue-" + notice.recoveryId());
        box.getStyleClass().addAll("banner", "overdue-banner");
        return box;
    }
}
