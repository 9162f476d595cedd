package com.ublives.recovery;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application and composition root. */
public class App extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Recovery Planner");
        stage.setScene(new Scene(new Label("Recovery Planner"), 1280, 800));
        stage.show();
    }
}
