package com.ublives.recovery.ui;

import com.ublives.recovery.rules.Category;
import com.ublives.recovery.rules.Level;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.kordamp.ikonli.materialdesign2.MaterialDesignY;

/** Every icon of the app, Material Design Icons via Ikonli, chosen here and nowhere else. */
public final class Icons {

    public static final Ikon ASSESSMENT = MaterialDesignC.CLIPBOARD_PULSE_OUTLINE;
    public static final Ikon SHOW_PLAN = MaterialDesignA.ARROW_RIGHT_CIRCLE;
    public static final Ikon RESET = MaterialDesignR.RESTORE;
    public static final Ikon NOW = MaterialDesignC.CLOCK_OUTLINE;
    public static final Ikon OMITTED = MaterialDesignM.MINUS_CIRCLE_OUTLINE;
    public static final Ikon WHY = MaterialDesignH.HELP_CIRCLE_OUTLINE;
    public static final Ikon LOADING = MaterialDesignT.TIMER_SAND;
    public static final Ikon FAILURE = MaterialDesignA.ALERT_CIRCLE_OUTLINE;
    public static final Ikon ON_TRACK = MaterialDesignC.CHECK_CIRCLE_OUTLINE;
    // the journal
    public static final Ikon JOURNAL = MaterialDesignN.NOTEBOOK_OUTLINE;
    public static final Ikon LOG_MASSAGE = MaterialDesignP.PLUS_CIRCLE_OUTLINE;
    public static final Ikon CHECK_IN = MaterialDesignC.CLIPBOARD_CHECK_OUTLINE;
    public static final Ikon CLOSE_RECOVERY = MaterialDesignC.CLOSE_CIRCLE_OUTLINE;
    public static final Ikon EDIT = MaterialDesignP.PENCIL_OUTLINE;
    public static final Ikon DELETE = MaterialDesignD.DELETE_OUTLINE;
    public static final Ikon UNDO = MaterialDesignU.UNDO;
    public static final Ikon REOPEN = MaterialDesignB.BOOK_OPEN_OUTLINE;
    public static final Ikon CALENDAR = MaterialDesignC.CALENDAR_EXPORT;
    public static final Ikon PDF = MaterialDesignF.FILE_PDF_BOX;
    public static final Ikon PRINT = MaterialDesignP.PRINTER_OUTLINE;
    public static final Ikon DUE = MaterialDesignC.CALENDAR_CLOCK;
    /** A check-in that is due now: its own shape, not only a bolder colour. */
    public static final Ikon OVERDUE = MaterialDesignC.CLOCK_ALERT_OUTLINE;
    public static final Ikon EXPORT = MaterialDesignF.FILE_EXPORT_OUTLINE;
    public static final Ikon IMPORT = MaterialDesignF.FILE_IMPORT_OUTLINE;
    public static final Ikon CLINIC = MaterialDesignS.SPA_OUTLINE;
    public static final Ikon CONTENT = MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE;
    // the data folder: backups and restore
    public static final Ikon DATA = MaterialDesignD.DATABASE_OUTLINE;
    public static final Ikon SETTINGS = MaterialDesignC.COG_OUTLINE;

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon");
        return icon;
    }

    public static FontIcon of(Ikon ikon, int size) {
        FontIcon icon = of(ikon);
        icon.setIconSize(size);
        return icon;
    }

    public static Ikon category(Category category) {
        return switch (category) {
            case HYDRATION -> MaterialDesignC.CUP_WATER;
            case HEAT_COLD -> MaterialDesignT.THERMOMETER;
            case STRETCHING -> MaterialDesignY.YOGA;
            case ACTIVE_REST -> MaterialDesignW.WALK;
            case DEVICE -> MaterialDesignH.HAND_HEART;
        };
    }

    /**
     * A soreness word's shape beside its colour (colour is never the only signal): an emptier or fuller
     * gauge from none to severe; a severity a rule set adds shows the middle one.
     */
    public static Ikon severity(String id) {
        return switch (id == null ? "" : id) {
            case "none" -> MaterialDesignG.GAUGE_EMPTY;
            case "mild" -> MaterialDesignG.GAUGE_LOW;
            case "severe" -> MaterialDesignG.GAUGE_FULL;
            default -> MaterialDesignG.GAUGE;
        };
    }

    /** A recovery's status beside its word: a tick while it goes as expected, a clock past it, a cross when closed. */
    public static Ikon status(String id) {
        return switch (id == null ? "" : id) {
            case "NO_SORENESS", "ON_TRACK" -> ON_TRACK;
            case "LONGER_THAN_EXPECTED" -> MaterialDesignC.CLOCK_ALERT_OUTLINE;
            case "PAST_72_HOURS" -> MaterialDesignA.ALERT_OUTLINE;
            case "closed" -> CLOSE_RECOVERY;
            default -> MaterialDesignI.INFORMATION_OUTLINE;
        };
    }

    public static Ikon level(Level level) {
        return switch (level) {
            case INFO -> MaterialDesignI.INFORMATION_OUTLINE;
            case CAUTION -> MaterialDesignA.ALERT_OUTLINE;
            case WARNING -> MaterialDesignA.ALERT;
            case URGENT -> MaterialDesignA.ALERT_OCTAGON;
            case EMERGENCY -> MaterialDesignA.AMBULANCE;
        };
    }
}
