package com.ublives.recovery.journal.screen;

import com.ublives.recovery.rules.Level;
import com.ublives.recovery.ui.Icons;
import javafx.animation.PauseTransition;
import javafx.geometry.BoundingBox;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;

import java.util.function.Supplier;

/**
 * Reminders as a small card over the main window, placed only where it covers no control (ControlsFX
 * notifications go to a fixed corner, over whatever form is there). With no such place it shows
 * nothing and says so; the journal tries again later, as it does while another card is up. A card
 * that a change of screen would put over controls is taken away.
 */
final class FxNotifier implements Notifier {

    static final double WIDTH = 320;

    private final Supplier<Window> owner;
    private Popup shown;

    FxNotifier(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean notify(String title, String text, boolean warning) {
        Window window = owner.get();
        // Without a shown window a notification has nowhere to go; the dashboard says the same anyway.
        if (window == null || !window.isShowing() || window.getScene() == null) {
            return false;
        }
        // one card at a time: replaced at once, the first would go unread; the next refresh tries again
        if (shown != null && shown.isShowing()) {
            return false;
        }
        Scene scene = window.getScene();
        VBox card = card(scene, title, text, warning);
        double height = measure(card);
        var place = OpenSpace.find(scene, WIDTH, height);
        if (place.isEmpty()) {
            return false;
        }
        Popup popup = new Popup();
        popup.setAutoFix(false);
        popup.setHideOnEscape(true);
        popup.getContent().add(card);
        card.setOnMouseClicked(e -> popup.hide());
        Point2D at = place.get();
        popup.show(window, window.getX() + scene.getX() + at.getX(), window.getY() + scene.getY() + at.getY());
        shown = popup;
        Runnable stillFree = () -> {
            if (popup.isShowing() && !OpenSpace.free(new BoundingBox(at.getX(), at.getY(), WIDTH, height),
                    OpenSpace.controls(scene))) {
                popup.hide();
            }
        };
        scene.addPostLayoutPulseListener(stillFree);
        popup.setOnHidden(e -> scene.removePostLayoutPulseListener(stillFree));
        PauseTransition later = new PauseTransition(Duration.seconds(warning ? 30 : 15));
        later.setOnFinished(e -> popup.hide());
        later.play();
        return true;
    }

    private static VBox card(Scene owner, String title, String text, boolean warning) {
        Label heading = new Label(title, Icons.of(warning ? Icons.level(Level.WARNING) : Icons.DUE, 18));
        heading.getStyleClass().add("reminder-title");
        heading.setWrapText(true);
        Label body = new Label(text);
        body.setWrapText(true);
        VBox card = new VBox(6, heading, body);
        card.getStyleClass().addAll("root", "journal-reminder", warning ? "warning" : "information");
        card.getStylesheets().addAll(owner.getStylesheets());
        card.getStylesheets().add(FxNotifier.class.getResource("journal.css").toExternalForm());
        card.setPrefWidth(WIDTH);
        card.setMinWidth(WIDTH);
        card.setMaxWidth(WIDTH);
        return card;
    }

    /** The card's height at its width, measured in a scene of its own before it is placed. */
    private static double measure(VBox card) {
        Group holder = new Group(card);
        new Scene(holder);
        card.applyCss();
        double height = card.prefHeight(WIDTH);
        holder.getChildren().clear();
        return height;
    }
}
