package com.ublives.recovery.cli.clinic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fat jar's `sheet` command with names in several scripts: the fonts and the shaping come along in
 * the jar and work without a display, and what no font has is named on stderr. The PDF is read back
 * with pdftotext (poppler-utils).
 */
class SheetScriptsIT {

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private static Result run(List<String> command, Path folder) throws IOException, InterruptedException {
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // Arguments reach Java through the locale's charset: a UTF-8 one, as on a person's terminal.
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Result jar(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("app.jar", "target/recovery-planner.jar"));
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-jar", jar.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--data-dir", dir.resolve("data").toString()));
        return run(command, dir);
    }

    @Test
    void theJarPrintsAnArabicClinicAHebrewTherapistAndAClientInThreeScriptsAndNamesTheEmojiItLeftOut() throws Exception {
        assertThat(jar("clinic", "set", "--name", "عيادة الميناء للتدليك", "--phone", "+20 3 123 4567").status()).isZero();
        Path pdf = dir.resolve("sheet.pdf");

        Result sheet = jar("sheet", "--massage", "swedish", "--soreness", "2", "--client", "Ана Ιωάννου 李 \uD83D\uDE00",
                "--therapist", "שרה כהן", "--date", "2026-05-12", "--out", pdf.toString());

        assertThat(sheet.status()).as(sheet.err()).isZero();
        assertThat(sheet.err().lines().toList()).containsExactly(
                "Note: left out of the sheet, as no font the sheets carry can print them: \uD83D\uDE00 (U+1F600)");
        Result text = run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"), dir);
        assertThat(text.status()).as("pdftotext (poppler-utils) is installed").isZero();
        assertThat(text.out().replaceAll("[\\u202A-\\u202E]", "").replaceAll("\\s+", " "))
                .contains("عيادة الميناء للتدليك", "Ана Ιωάννου 李", "שרה כהן")
                .doesNotContain("\uD83D\uDE00", "李 ?");
    }
}
