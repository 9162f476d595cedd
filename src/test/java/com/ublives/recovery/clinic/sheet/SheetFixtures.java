package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.Services;
import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.clinic.ClinicProfile;
import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleSetJson;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Sheets for tests and the benchmark: the default rule set, a clinic with a drawn logo. */
public final class SheetFixtures {

    public static final RuleSet RULES = RuleSetJson.parse(defaultRules());
    public static final PlannerService PLANNER = new PlannerService(RULES);

    private SheetFixtures() {
    }

    public static ClinicProfile clinic() {
        return new ClinicProfile("Harbour Street Massage Clinic", "12 Harbour Street, Gdańsk 80-001",
                "+48 58 123 45 67", "hello@harbourmassage.example", "harbourmassage.example", logoPng(),
                List.of("Anna Nowak", "Jan Kowalski"), Paper.A4, "Harbour Street Massage Clinic · open Mon–Sat 9–19");
    }

    public static SheetContent sheet(String client, Paper paper, Assessment assessment) {
        Outcome outcome = PLANNER.assess(assessment);
        String massage = RULES.massageType(assessment.massage()).name();
        return new SheetContent(clinic(), paper, client, LocalDate.of(2026, 5, 12), "Anna Nowak", massage, outcome, RULES);
    }

    public static SheetContent deepTissue(String client, Paper paper) {
        return sheet(client, paper, Assessment.of("deep-tissue", 5)
                .withConditions(Set.of("blood-thinners")));
    }

    /** The sample sheet in several scripts: an Arabic client, a Hindi therapist, the languages the clinic speaks. */
    public static SheetContent multilingual(Paper paper) {
        ClinicProfile base = clinic();
        ClinicProfile clinic = new ClinicProfile(base.name(), base.address(), base.phone(), base.email(), base.website(),
                base.logo(), List.of("प्रिया शर्मा"), paper,
                "We speak English, Polski, Ελληνικά, Русский, العربية, עברית, हिन्दी, ไทย, 中文, 日本語 and 한국어");
        SheetContent sheet = deepTissue("محمد عبد الله", paper);
        return new SheetContent(clinic, paper, sheet.clientName(), sheet.date(), "प्रिया शर्मा", sheet.massageName(),
                sheet.outcome(), RULES);
    }

    /** A sheet whose every text is far too long, to see that it wraps, shrinks and stays on one page. */
    public static SheetContent wordy(Paper paper) {
        String longName = "Maria Magdalena Konstancja Aleksandra Wiśniewska-Żółkiewska-Brzęczyszczykiewicz ".repeat(4).strip();
        ClinicProfile clinic = new ClinicProfile(
                "The Very Long Named Clinic of Therapeutic and Sports Massage for the Whole Family and Friends",
                "Building 7, Floor 3, Suite 12, 1234 Extremely Long Avenue Name, Neighbourhood of Somewhere, Big City 00-000, Country",
                "+1 555 0100 ext. 1234", "appointments-and-questions@very-long-clinic-name.example",
                "https://www.very-long-clinic-name.example/aftercare", logoPng(), List.of(), paper, "Footer ".repeat(60));
        SheetContent base = sheet("x", paper, new Assessment("deep-tissue", 8, PainQuality.ACHY, 0, null,
                Set.of("dehydrated", "little-rest"), Set.of(), Set.of("blood-thinners", "pregnancy", "reduced-sensation")));
        return new SheetContent(clinic, paper, longName, base.date(), "Therapist ".repeat(30),
                "Deep tissue with hot stones and aromatherapy ".repeat(5), base.outcome(), RULES);
    }

    /** A small round logo drawn in code, so tests need no image file. */
    public static byte[] logoPng() {
        BufferedImage image = new BufferedImage(240, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1F, 0x6F, 0x78));
        g.fillOval(8, 8, 224, 224);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawArc(60, 70, 120, 120, 200, 140);
        g.fillOval(100, 44, 40, 40);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 10));
        g.dispose();
        return png(image);
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String defaultRules() {
        return Services.defaultRules();
    }
}
