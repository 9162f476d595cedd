package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.Paper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.stage.Screen;

/** Shows the drawn page and the save and print commands; it decides nothing. */
public final class PreviewController {

    private final PreviewViewModel model;

    @FXML private Label titleLabel;
    @FXML private Label paperLabel;
    @FXML private ComboBox<Paper> paperBox;
    @FXML private Button savePdfButton;
    @FXML private Button printButton;
    @FXML private HBox previewProgressRow;
    @FXML private ProgressBar previewProgressBar;
    @FXML private Label previewStatus;
    @FXML private Label previewNote;
    @FXML private ScrollPane pageScroll;
    @FXML private javafx.scene.layout.StackPane pageHolder;
    @FXML private ImageView pageView;
    @FXML private Label placeholder;
    @FXML private ProgressIndicator drawing;
    @FXML private java.util.ResourceBundle resources;

    public PreviewController(PreviewViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        paperLabel.setLabelFor(paperBox);
        model.setScreenScale(Screen.getPrimary().getOutputScaleX());
        titleLabel.textProperty().bind(model.titleProperty());
        paperBox.getItems().setAll(model.papers());
        paperBox.setConverter(ProfileController.papers(resources));
        paperBox.valueProperty().bindBidirectional(model.paperProperty());
        paperBox.disableProperty().bind(model.sheetProperty().isNull());
        SheetOutput output = model.output();
        savePdfButton.disableProperty().bind(model.sheetProperty().isNull().or(output.runningProperty()));
        printButton.disableProperty().bind(model.sheetProperty().isNull().or(output.runningProperty()));
        previewProgressRow.visibleProperty().bind(output.runningProperty());
        previewProgressRow.managedProperty().bind(output.runningProperty());
        previewProgressBar.progressProperty().bind(output.progressProperty());
        previewStatus.textProperty().bind(output.statusProperty());
        previewNote.textProperty().bind(model.noteProperty());
        previewNote.visibleProperty().bind(model.noteProperty().isNotEmpty());
        previewNote.managedProperty().bind(model.noteProperty().isNotEmpty());
        drawing.visibleProperty().bind(model.busyProperty());
        placeholder.visibleProperty().bind(model.pageProperty().isNull().and(model.busyProperty().not()));

        show(model.pageProperty().get());
        model.pageProperty().addListener((obs, old, now) -> show(now));
        // the page takes the pane's width, up to its size on paper: no sideways scrolling in a small window
        pageScroll.viewportBoundsProperty().addListener(o -> fitPage());
    }

    @FXML
    private void save() {
        model.savePdf();
    }

    @FXML
    private void print() {
        model.print();
    }

    @FXML
    private void cancel() {
        model.output().cancel();
    }

    private void show(PageImage page) {
        if (page == null) {
            pageView.setImage(null);
            return;
        }
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                page.argb(), 0, page.width());
        pageView.setImage(image);
        fitPage();
        pageScroll.setVvalue(0);
    }

    private void fitPage() {
        PageImage page = model.pageProperty().get();
        if (page == null) {
            return;
        }
        // the page's size on paper, in the window's pixels (96 an inch)
        double onPaper = page.width() * SheetPages.SCREEN_DPI / page.dpi();
        double room = pageScroll.getViewportBounds().getWidth() - pageHolder.snappedLeftInset()
                - pageHolder.snappedRightInset();
        pageView.setFitWidth(room > 0 ? Math.min(onPaper, room) : onPaper);
    }
}
