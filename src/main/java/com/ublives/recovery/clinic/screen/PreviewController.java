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

/** Shows the drawn page and the save and print commands; it decides nothing. */
public final class PreviewController {

    /** The page is drawn at 144 DPI; shown at half that it is the paper's size at 72 DPI times this. */
    private static final double SCREEN_SCALE = 0.75;

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

    public PreviewController(PreviewViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        paperLabel.setLabelFor(paperBox);
        titleLabel.textProperty().bind(model.title());
        paperBox.getItems().setAll(model.papers());
        paperBox.setConverter(ProfileController.papers());
        paperBox.valueProperty().bindBidirectional(model.paper());
        paperBox.disableProperty().bind(model.sheet().isNull());
        SheetOutput output = model.output();
        savePdfButton.disableProperty().bind(model.sheet().isNull().or(output.running()));
        printButton.disableProperty().bind(model.sheet().isNull().or(output.running()));
        previewProgressRow.visibleProperty().bind(output.running());
        previewProgressRow.managedProperty().bind(output.running());
        previewProgressBar.progressProperty().bind(output.progress());
        previewStatus.textProperty().bind(output.status());
        previewNote.textProperty().bind(model.note());
        previewNote.visibleProperty().bind(model.note().isNotEmpty());
        previewNote.managedProperty().bind(model.note().isNotEmpty());
        drawing.visibleProperty().bind(model.busy());
        placeholder.visibleProperty().bind(model.page().isNull().and(model.busy().not()));

        show(model.page().get());
        model.page().addListener((obs, old, now) -> show(now));
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
        PageImage page = model.page().get();
        if (page == null) {
            return;
        }
        double onPaper = page.width() * 72 / SheetPages.PREVIEW_DPI / SCREEN_SCALE;
        double room = pageScroll.getViewportBounds().getWidth() - pageHolder.snappedLeftInset()
                - pageHolder.snappedRightInset();
        pageView.setFitWidth(room > 0 ? Math.min(onPaper, room) : onPaper);
    }
}
