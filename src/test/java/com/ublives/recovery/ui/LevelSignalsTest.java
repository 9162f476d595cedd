package com.ublives.recovery.ui;

import com.ublives.recovery.rules.MassageType;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Colour is never the only signal: every node that shows a level or status by its colour (a style class
 * severity-…, state-…, status-…, level-…, a band (band-MODERATE), overdue, a red-flag row or chart point) also carries a
 * word and an icon or shape. Checked on the assessment with a plan and a red flag, and on the journal
 * with each of its recoveries.
 */
@Tag("ui")
class LevelSignalsTest {

    private static final Pattern LEVEL_CLASS = Pattern.compile("(severity|state|status|level)-.+|band-[A-Z]+|overdue|red-flag-row");

    @RegisterExtension
    final RealAppExtension real = new RealAppExtension();
    private RealApp app;

    @Test
    void everyLevelAndStatusCarriesAWordAndAnIcon() throws Exception {
        app = real.start(1280, 800);
        Set<String> colourOnly = new LinkedHashSet<>();
        AtomicInteger checked = new AtomicInteger();

        app.show("Assessment");
        showAPlan(false);
        check(colourOnly, checked, "a plan");
        showAPlan(true);
        check(colourOnly, checked, "a plan with a red flag and sharp pain");

        app.show("Journal");
        app.await(() -> !app.node("#recoveryList", ListView.class).getItems().isEmpty());
        int recoveries = app.node("#recoveryList", ListView.class).getItems().size();
        for (int i = 0; i < recoveries; i++) {
            int row = i;
            app.robot().interact(() -> app.node("#recoveryList", ListView.class).getSelectionModel().select(row));
            app.await(() -> true);
            check(colourOnly, checked, "the journal with recovery " + (row + 1));
        }

        assertThat(colourOnly).isEmpty();
        assertThat(checked.get()).as("nodes that show a level were found").isGreaterThan(10);
    }

    private void check(Set<String> colourOnly, AtomicInteger checked, String where) {
        app.robot().interact(() -> {
            app.scene().getRoot().applyCss();
            app.scene().getRoot().layout();
            visit(app.scene().getRoot(), colourOnly, checked, where);
        });
    }

    private static void visit(Node node, Set<String> colourOnly, AtomicInteger checked, String where) {
        if (!node.isVisible()) {
            return;
        }
        // the slider's thumb repeats the soreness word beside it, which is checked on its own
        if (!(node instanceof Slider) && node.getStyleClass().stream().anyMatch(c -> LEVEL_CLASS.matcher(c).matches())) {
            checked.incrementAndGet();
            if (!wordAndIcon(node)) {
                colourOnly.add(where + ": " + AccessibleNames.describe(node));
            }
        }
        if (node.getStyleClass().contains("red-flag-point")) {
            checked.incrementAndGet();
            if (((Region) node).getShape() == null) {
                colourOnly.add(where + ": a red-flag point in the chart is a dot of another colour only");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, colourOnly, checked, where);
            }
        }
    }

    /** A Labeled with text and an icon, or a container holding some text and an icon. */
    private static boolean wordAndIcon(Node node) {
        if (node instanceof Labeled labeled) {
            boolean word = labeled.getText() != null && !labeled.getText().isBlank();
            return word && labeled.getGraphic() != null && labeled.getGraphic().isVisible();
        }
        List<Node> inside = new ArrayList<>();
        collect(node, inside);
        boolean word = inside.stream().anyMatch(n -> n instanceof Labeled l && l.getText() != null && !l.getText().isBlank());
        boolean icon = inside.stream().anyMatch(n -> n instanceof FontIcon || n instanceof javafx.scene.image.ImageView
                || n instanceof javafx.scene.shape.Shape && !(n instanceof javafx.scene.text.Text));
        return word && icon;
    }

    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible()) {
            return;
        }
        into.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    @SuppressWarnings("unchecked")
    private void showAPlan(boolean redFlag) {
        app.robot().interact(() -> {
            ComboBox<MassageType> box = app.node("#massageBox", ComboBox.class);
            box.setValue(box.getItems().stream().filter(t -> t.id().equals("deep-tissue")).findFirst().orElseThrow());
            app.node("#datePicker", DatePicker.class).setValue(LocalDate.now().minusDays(1));
            app.node("#timeField", TextField.class).setText("08:00");
            app.node("#sorenessField", TextField.class).setText(redFlag ? "8" : "5");
            app.node("#sharpButton", RadioButton.class).setSelected(redFlag);
            app.node("#red-flag-calf-swelling", CheckBox.class).setSelected(redFlag);
            app.node("#showPlanButton", Button.class).fire();
        });
        app.await(() -> app.robot().lookup("#band-title").tryQuery().isPresent()
                && app.robot().lookup("#red-flag-alert").tryQuery().isPresent() == redFlag);
    }
}
