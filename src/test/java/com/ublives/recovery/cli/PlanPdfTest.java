package com.ublives.recovery.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** plan --pdf (issue 15): the person's plan on paper, in the clinic sheet's layout without a clinic. */
class PlanPdfTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dir.resolve("data").toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePlanOnPaperHasThePlanItsWarningsAndTheCheckInGridButNoClinic() throws Exception {
        // a clinic profile on file must not head the person's own sheet
        assertThat(run("clinic", "set", "--name", "Lotus Massage Studio", "--phone", "555 0100").status()).isZero();
        Path pdf = dir.resolve("my plan.pdf");

        Run plan = run("plan", "--massage", "deep-tissue", "--soreness", "5", "--hours", "30",
                "--quality", "sharp", "--red-flag", "fever", "--pdf", pdf.toString());

        assertThat(plan.status()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("Wrote your plan on paper to " + pdf);
        String text = text(pdf);
        assertThat(text).contains("My recovery plan").contains("Deep tissue")
                .contains("Note your soreness").contains("24 h").contains("48 h").contains("72 h")
                .contains("Get care now if you notice any of these")
                .doesNotContain("Lotus").doesNotContain("555 0100")
                .doesNotContain("CLIENT").doesNotContain("THERAPIST").doesNotContain("Call us");
        // the engine's warning (sharp pain) is on the page, as on every sheet that shows the assessment
        assertThat(text).contains("Please note:").contains("Back pain with fever");
    }

    @Test
    void anExistingFileIsKeptWithoutForceAndForceWithoutPdfIsRefused() throws Exception {
        Path pdf = dir.resolve("plan.pdf");
        Files.writeString(pdf, "mine");

        Run refused = run("plan", "--massage", "swedish", "--soreness", "2", "--pdf", pdf.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("--pdf " + pdf + " already exists; add --force to replace it");
        assertThat(Files.readString(pdf)).isEqualTo("mine");

        assertThat(run("plan", "--massage", "swedish", "--soreness", "2", "--pdf", pdf.toString(), "--force").status())
                .isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());

        Run force = run("plan", "--massage", "swedish", "--soreness", "2", "--force");
        assertThat(force.status()).isEqualTo(2);
        assertThat(force.err().strip()).isEqualTo("--force replaces the file of --pdf; give --pdf FILE with it");
    }
}
