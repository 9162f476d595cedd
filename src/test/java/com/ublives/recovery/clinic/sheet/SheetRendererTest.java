package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.clinic.ClinicProfile;
import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.RedFlag;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import static com.ublives.recovery.clinic.sheet.SheetFixtures.RULES;
import static com.ublives.recovery.clinic.sheet.SheetFixtures.clinic;
import static com.ublives.recovery.clinic.sheet.SheetFixtures.deepTissue;
import static com.ublives.recovery.clinic.sheet.SheetFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetRendererTest {

    private static final SheetFont FONT = SheetFont.load();
    private final SheetRenderer renderer = new SheetRenderer(FONT, Clock.fixed(Instant.parse("2026-05-13T08:00:00Z"), ZoneOffset.UTC));

    private byte[] render(SheetContent sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(sheet, out);
        return out.toByteArray();
    }

    @Test
    void clientNamesWithAccentsPolishGreekAndChineseComeBackAsText() throws IOException {
        for (String name : List.of("Zoë Łukasz-Müller", "李小龍", "Αλέξανδρος Παπαδόπουλος", "François Œuvray-Ångström")) {
            PdfText pdf = PdfText.read(render(deepTissue(name, Paper.A4)));
            assertThat(pdf.flat()).as(name).contains(name);
        }
    }

    @Test
    void headerShowsTheClinicsNameAndPhoneAndTheSessionDetails() throws IOException {
        String text = PdfText.read(render(deepTissue("Zoë Łukasz-Müller", Paper.A4))).flat();
        assertThat(text).contains("Harbour Street Massage Clinic", "+48 58 123 45 67", "12 Harbour Street, Gdańsk 80-001",
                "hello@harbourmassage.example", "12 May 2026", "Anna Nowak", "Deep tissue");
    }

    @Test
    void aLongDateStaysOnOneLineBesideALongNameTherapistAndMassage() throws IOException {
        SheetContent base = sheet("A", Paper.A4, Assessment.of("trigger-point", 5));
        for (Paper paper : Paper.values()) {
            for (LocalDate date : List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 9, 30))) {
                SheetContent sheet = new SheetContent(clinic(), paper, "Zoë Łukasz-Müller de la Fuente", date,
                        "Anna Nowak-Kowalska", "Trigger-point therapy", base.outcome(), RULES);
                String date1 = Words.load(com.ublives.recovery.i18n.Language.ENGLISH).date(date);
                assertThat(PdfText.read(render(sheet)).pageTexts().get(0)).as("%s on %s", date1, paper).contains(date1);
            }
        }
    }

    @Test
    void expectedSorenessNamesEachBandByItsCourseWithoutASeverityWord() throws IOException {
        assertThat(PdfText.read(render(sheet("A", Paper.A4, Assessment.of("swedish", 2)))).flat())
                .contains("Usually eases within 12–24 h").doesNotContain("Light soreness");
        assertThat(PdfText.read(render(deepTissue("B", Paper.A4))).flat())
                .contains("Usually eases within 24–48 h").doesNotContain("Moderate soreness");
        assertThat(PdfText.read(render(sheet("C", Paper.A4, Assessment.of("thai", 8)))).flat())
                .contains("May last 48–72 hours or more").doesNotContain("Lingering or sharp soreness");
    }

    @Test
    void redFlagBoxListsEveryRedFlagOfTheRuleSetGroupedByHowFastToAct() throws IOException {
        String text = PdfText.read(render(sheet("A", Paper.A4, Assessment.of("swedish", 1)))).flat();
        assertThat(text).contains("Get care now if you notice any of these", "Call emergency services now if you have:", "See a doctor today if you have:");
        for (RedFlag flag : RULES.redFlags()) {
            assertThat(text).contains(flag.label());
        }
        assertThat(text.indexOf("New loss of bladder or bowel control"))
                .isLessThan(text.indexOf("A large or spreading bruise"));
    }

    @Test
    void seventyTwoHourLineGivesTheClinicsPhone() throws IOException {
        assertThat(PdfText.read(render(deepTissue("A", Paper.A4))).flat())
                .contains("If you are still sore after 72 hours, call us at +48 58 123 45 67.");
    }

    @Test
    void withoutAPhoneTheSheetSaysToContactTheTherapistOrAProfessional() throws IOException {
        ClinicProfile noPhone = new ClinicProfile("Small Clinic", "", "", "", "", null, List.of(), Paper.A4, "");
        SheetContent sheet = deepTissue("A", Paper.A4);
        SheetContent without = new SheetContent(noPhone, null, "A", sheet.date(), "", "Deep tissue", sheet.outcome(), RULES);
        assertThat(PdfText.read(render(without)).flat())
                .contains("If you are still sore after 72 hours, contact your therapist or a health professional.");
    }

    @Test
    void planIsShownByCategoryAndPhaseAndOmittedAdviceSaysWhy() throws IOException {
        String text = PdfText.read(render(deepTissue("A", Paper.A4))).flat();
        assertThat(text).contains("Your plan, hour by hour", "First 24 hours", "24–48 hours", "48–72+ hours",
                "Hydration", "Heat and cold", "Drink water", "Cold compress", "Gentle heat");
        assertThat(text).contains("Left out on purpose", "Percussion massager", "Not advised with blood thinners: ask your doctor first.");
    }

    @Test
    void sorenessGridAndFooterWithRuleSetVersionAndPrintDate() throws IOException {
        String text = PdfText.read(render(deepTissue("A", Paper.A4))).flat();
        assertThat(text).contains("Note your soreness", "24 h", "48 h", "72 h", "0 1 2 3 4 5 6 7 8 9 10");
        assertThat(text).contains("Rule set " + RULES.version() + " · Printed 13 May 2026",
                "Harbour Street Massage Clinic · open Mon–Sat 9–19");
    }

    @Test
    void sheetsComeOnA4OrLetterAsAsked() throws IOException {
        PDRectangle a4 = PdfText.read(render(deepTissue("A", Paper.A4))).sizes().get(0);
        PDRectangle letter = PdfText.read(render(deepTissue("A", Paper.LETTER))).sizes().get(0);
        assertThat(a4.getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(a4.getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(letter.getWidth()).isEqualTo(612f);
        assertThat(letter.getHeight()).isEqualTo(792f);
    }

    @Test
    void paperDefaultsToTheClinicsPaper() throws IOException {
        ClinicProfile letterClinic = new ClinicProfile("C", "", "1", "", "", null, List.of(), Paper.LETTER, "");
        SheetContent base = deepTissue("A", Paper.A4);
        SheetContent sheet = new SheetContent(letterClinic, null, "A", base.date(), "", "", base.outcome(), RULES);
        assertThat(PdfText.read(render(sheet)).sizes().get(0).getHeight()).isEqualTo(792f);
    }

    @Test
    void oneSheetIsOnePageAndTheFontIsAnEmbeddedSubset() throws IOException {
        byte[] pdf = render(deepTissue("李小龍", Paper.LETTER));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).hasSize(1);
            assertThat(fonts.get(0)).isInstanceOf(PDType0Font.class);
            assertThat(fonts.get(0).isEmbedded()).isTrue();
            assertThat(fonts.get(0).getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
        }
        assertThat(pdf.length).as("a subset, not the 5 MB font").isLessThan(200_000);
    }

    @Test
    void textThatIsTooLongWrapsAndNeverLeavesThePage() throws IOException {
        SheetContent sheet = SheetFixtures.wordy(Paper.LETTER);
        PdfText pdf = PdfText.read(render(sheet));
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.flat()).contains("Maria Magdalena", "Get care now if you notice any of these", "call us at +1 555 0100 ext. 1234");
        assertThat(pdf.glyphBoxes()).isNotEmpty().allSatisfy(box -> {
            assertThat(box[0]).as("left").isGreaterThanOrEqualTo(SheetStyle.MARGIN - 1);
            assertThat(box[2]).as("right").isLessThanOrEqualTo(box[4] - SheetStyle.MARGIN + 1);
            assertThat(box[1]).as("top").isGreaterThanOrEqualTo(SheetStyle.MARGIN - 4);
            assertThat(box[3]).as("bottom").isLessThanOrEqualTo(box[5] - SheetStyle.MARGIN + 4);
        });
    }

    @Test
    void batchPutsEachSheetOnItsOwnPageAndReportsProgress() throws IOException {
        List<SheetContent> sheets = List.of(deepTissue("Zoë Łukasz-Müller", Paper.A4), deepTissue("李小龍", Paper.A4),
                sheet("Jan Kowalski", Paper.LETTER, Assessment.of("swedish", 0)));
        List<Integer> progress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.renderBatch(sheets, out, (done, total) -> {
            assertThat(total).isEqualTo(3);
            progress.add(done);
        }, () -> false);
        PdfText pdf = PdfText.read(out.toByteArray());
        assertThat(pdf.pages()).isEqualTo(3);
        assertThat(pdf.page(0)).contains("Zoë Łukasz-Müller").doesNotContain("李小龍");
        assertThat(pdf.page(1)).contains("李小龍");
        assertThat(pdf.page(2)).contains("Jan Kowalski");
        assertThat(pdf.sizes().get(2).getHeight()).isEqualTo(792f);
        assertThat(progress).containsExactly(1, 2, 3);
    }

    @Test
    void batchSharesOneFontAndOneLogoImageAcrossPages() throws IOException {
        List<SheetContent> sheets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sheets.add(deepTissue("Client " + i, Paper.A4));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.renderBatch(sheets, out, SheetProgress.NONE, () -> false);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            var firstFont = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            var lastPage = document.getPage(4).getResources();
            assertThat(lastPage.getFont(lastPage.getFontNames().iterator().next()).getCOSObject()).isSameAs(firstFont.getCOSObject());
            var firstImage = document.getPage(0).getResources().getXObject(document.getPage(0).getResources().getXObjectNames().iterator().next());
            assertThat(lastPage.getXObject(lastPage.getXObjectNames().iterator().next()).getCOSObject()).isSameAs(firstImage.getCOSObject());
        }
    }

    @Test
    void cancelledBatchStopsBetweenPagesAndWritesNothing() {
        List<SheetContent> sheets = List.of(deepTissue("A", Paper.A4), deepTissue("B", Paper.A4), deepTissue("C", Paper.A4));
        List<Integer> progress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> renderer.renderBatch(sheets, out, (done, total) -> progress.add(done), () -> progress.size() >= 1))
                .isInstanceOf(CancellationException.class);
        assertThat(progress).containsExactly(1);
        assertThat(out.size()).isZero();
    }

    @Test
    void sheetDateIsTheSessionsDateNotThePrintDate() throws IOException {
        SheetContent base = deepTissue("A", Paper.A4);
        SheetContent sheet = new SheetContent(clinic(), Paper.A4, "A", LocalDate.of(2026, 1, 2), "", "", base.outcome(), RULES);
        assertThat(PdfText.read(render(sheet)).flat()).contains("2 January 2026", "Printed 13 May 2026");
    }
}
