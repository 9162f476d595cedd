package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.clinic.ClinicProfile;
import com.ublives.recovery.clinic.Paper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static com.ublives.recovery.clinic.sheet.SheetFixtures.RULES;
import static com.ublives.recovery.clinic.sheet.SheetFixtures.deepTissue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names and clinic details in every script a name can be written in, printed on a sheet and read back
 * by poppler, which shares no code with the way the sheet was made: as text where a PDF reader can
 * give the words back in order, and as pixels, compared with the same text drawn by the JDK's own
 * text layout, where it cannot (Devanagari and Thai put some vowels before the consonant they follow).
 */
class SheetScriptsTest {

    private static final SheetFont FONT = SheetFont.load();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-13T08:00:00Z"), ZoneOffset.UTC);
    private static final int DPI = 288;

    /** A client, a therapist and a clinic for each script. */
    private record Names(String script, String client, String therapist, String clinic, String address) {
    }

    private static final List<Names> READABLE = List.of(
            new Names("Latin", "Zoë Łukasz-Müller", "François Œuvray", "Harbour Street Massage Clinic", "12 Harbour Street, Gdańsk"),
            new Names("Greek", "Αλέξανδρος Παπαδόπουλος", "Ελένη Νικολάου", "Κλινική Μασάζ Λιμάνι", "Οδός Λιμανιού 12, Πειραιάς"),
            new Names("Cyrillic", "Анна Иванова", "Дмитрий Соколов", "Массажная клиника Гавань", "Портовая улица 12, Одесса"),
            new Names("Hebrew", "שרה כהן", "דוד לוי", "מרפאת עיסוי הנמל", "רחוב הנמל חיפה"),
            new Names("Arabic", "محمد عبد الله", "فاطمة الزهراء", "عيادة الميناء للتدليك", "شارع الميناء الإسكندرية"),
            new Names("Chinese", "李小龍", "王芳", "海港按摩诊所", "上海市海港路十二号"),
            new Names("Japanese", "山田 はなこ", "佐藤 タロウ", "みなとマッサージ院", "横浜市みなと町"),
            new Names("Korean", "김민준", "이서연", "항구 마사지 클리닉", "부산시 항구로"));

    private static final List<Names> SHAPED = List.of(
            new Names("Devanagari", "प्रिया शर्मा", "अर्जुन क्षत्रिय", "बंदरगाह मालिश केंद्र", "बंदरगाह मार्ग मुंबई"),
            new Names("Thai", "ปิ่น น้ำฝน", "สมชาย ใจดี", "นวดน้ำมันปู่ฝ้าย", "ถนนท่าเรือ กรุงเทพฯ"),
            new Names("Arabic", "محمد عبد الله", "فاطمة الزهراء", "عيادة الميناء للتدليك", "شارع الميناء الإسكندرية"),
            new Names("Hebrew", "שרה כהן", "דוד לוי", "מרפאת עיסוי הנמל", "רחוב הנמל חיפה"));

    @TempDir
    Path dir;

    private final SheetRenderer renderer = new SheetRenderer(FONT, CLOCK);

    /** The fixture's sheet for these names; no logo, so the layout here is the one the renderer makes. */
    private static SheetContent sheet(Names names) {
        SheetContent base = deepTissue(names.client(), Paper.A4);
        ClinicProfile c = base.clinic();
        ClinicProfile clinic = new ClinicProfile(names.clinic(), names.address(), c.phone(), c.email(), c.website(), null,
                List.of(names.therapist()), Paper.A4, names.clinic() + " · " + names.address());
        return new SheetContent(clinic, Paper.A4, names.client(), base.date(), names.therapist(), base.massageName(),
                base.outcome(), RULES);
    }

    private Path pdf(SheetContent sheet, String name) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            renderer.render(sheet, out);
        }
        return file;
    }

    @Test
    void namesAndClinicDetailsInEveryScriptAReaderCanGiveBackComeBackFromPdftotextInReadingOrder() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (Names names : READABLE) {
            String text = Poppler.text(pdf(sheet(names), names.script()));
            softly.assertThat(text).as(names.script())
                    .contains(names.client(), names.therapist(), names.clinic(), names.address());
        }
        softly.assertAll();
    }

    @Test
    void devanagariThaiArabicAndHebrewLookAsTheJdkDrawsThemShapedAndInReadingOrder() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (Names names : SHAPED) {
            SheetContent sheet = sheet(names);
            Path pdf = pdf(sheet, names.script());
            for (String text : List.of(names.client(), names.clinic())) {
                Drawing.Text mark = mark(sheet, text);
                BufferedImage printed = crop(pdf, mark);
                BufferedImage drawn = drawn(mark, names.script(), font -> layout(mark.text(), font));
                double match = Ink.match(printed, drawn);
                softly.assertThat(match).as("%s %s: printed against the JDK's drawing", names.script(), text)
                        .isGreaterThan(0.98);
                // The comparison tells shaped text from the same characters set one by one, left to right.
                BufferedImage unshaped = drawn(mark, names.script(), font -> glyphByGlyph(mark.text(), font));
                softly.assertThat(Ink.match(unshaped, drawn)).as("%s %s: unshaped against the JDK's drawing",
                        names.script(), text).isLessThan(0.95);
            }
        }
        softly.assertAll();
    }

    @Test
    void eachScriptTakesItsOwnBundledFontAsAnEmbeddedSubset() throws IOException {
        Names all = new Names("all", "प्रिया ประยุทธ์ محمد", "שרה", "Κλινική Массаж 海港 みなと 항구", "Ștefan Țurcanu");
        Path pdf = pdf(sheet(all), "all");
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDPage page = document.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+.+");
            }
        }
        assertThat(names).containsExactlyInAnyOrder("WenQuanYiMicroHei", "NotoSans-Regular", "NotoSansArabic-Regular",
                "NotoSansHebrew-Regular", "NotoSansDevanagari-Regular", "NotoSansThai-Regular");
        assertThat(Files.size(pdf)).as("subsets, not the 6 MB of fonts").isLessThan(120_000);
        assertThat(Poppler.text(pdf)).contains("Κλινική Массаж 海港 みなと 항구", "Ștefan Țurcanu", "שרה");
    }

    @Test
    void anEmojiNoBundledFontHasIsLeftOutAndReportedNeverPrintedAsAQuestionMark() throws IOException {
        Path withEmoji = dir.resolve("emoji.pdf");
        Path plain = dir.resolve("plain.pdf");
        Unprintable leftOut;
        Unprintable nothing;
        try (OutputStream out = Files.newOutputStream(withEmoji); OutputStream other = Files.newOutputStream(plain)) {
            leftOut = renderer.render(deepTissue("Ana \uD83D\uDE00 Silva \uD83C\uDF89", Paper.A4), out);
            nothing = renderer.render(deepTissue("Ana Silva", Paper.A4), other);
        }
        assertThat(Poppler.text(withEmoji)).as("the same sheet as without the emoji").isEqualTo(Poppler.text(plain));
        assertThat(leftOut.characters()).containsExactly("\uD83D\uDE00", "\uD83C\uDF89");
        assertThat(leftOut.listed()).isEqualTo("\uD83D\uDE00 (U+1F600), \uD83C\uDF89 (U+1F389)");
        assertThat(nothing.isEmpty()).as("nothing left out of a sheet that prints everything").isTrue();
    }

    // --- finding and drawing the text ---

    /** Where the layout put a text, found by what it says. */
    private static Drawing.Text mark(SheetContent sheet, String text) {
        SheetLayout.Page page;
        synchronized (FONT.lock()) {
            page = new SheetLayout(FONT).layout(sheet, 0, LocalDate.now(CLOCK));
        }
        return page.drawing().marks().stream()
                .filter(m -> m instanceof Drawing.Text t && t.text().equals(text))
                .map(Drawing.Text.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no line reads " + text));
    }

    /** The line's band of the page: from a little left of it to a little past its end, above and below its letters. */
    private static float[] band(Drawing.Text mark) {
        float width;
        synchronized (FONT.lock()) {
            width = FONT.width(mark.text(), mark.size());
        }
        return new float[] {mark.x() - 3, mark.y() - mark.size() * 1.05f, width + 8, mark.size() * 1.5f};
    }

    private static BufferedImage crop(Path pdf, Drawing.Text mark) {
        float[] band = band(mark);
        return Poppler.image(pdf, band[0], band[1], band[2], band[3], DPI);
    }

    /** The same text drawn by Java2D at the same place, with the sheet's bold (outlined glyphs) where it is bold. */
    private static BufferedImage drawn(Drawing.Text mark, String script, Function<Font, Shape> outline) {
        float[] band = band(mark);
        float scale = DPI / 72f;
        BufferedImage image = new BufferedImage(Math.round(band[2] * scale), Math.round(band[3] * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(scale, scale);
        g.translate(mark.x() - band[0], mark.y() - band[1]);
        Shape shape = outline.apply(bundled(script).deriveFont(mark.size()));
        g.setColor(Color.BLACK);
        g.fill(shape);
        if (mark.bold()) {
            g.setStroke(new BasicStroke(mark.size() * 0.035f));
            g.draw(shape);
        }
        g.dispose();
        return image;
    }

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private static Shape layout(String text, Font font) {
        return new TextLayout(text, font, CONTEXT).getOutline(new AffineTransform());
    }

    /** Each character's own glyph, one after the other: what a PDF library without shaping prints. */
    private static Shape glyphByGlyph(String text, Font font) {
        GlyphVector glyphs = font.createGlyphVector(CONTEXT, text);
        return glyphs.getOutline();
    }

    private static final Map<String, String> FILES = Map.of("Devanagari", "NotoSansDevanagari-Regular.ttf",
            "Thai", "NotoSansThai-Regular.ttf", "Arabic", "NotoSansArabic-Regular.ttf", "Hebrew", "NotoSansHebrew-Regular.ttf");

    /** The bundled font of a script, read straight from the application's resources. */
    private static Font bundled(String script) {
        try (InputStream in = SheetFont.class.getResourceAsStream("font/" + FILES.get(script))) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
