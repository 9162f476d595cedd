package com.ublives.recovery.dist;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installed app as a person meets it, for issue 16's "done when": the .deb installed by dpkg into a
 * scratch root ({@link ScratchRoot}), its launcher started with no arguments (the window) on a private X
 * server (Xvfb) in a German locale with a fresh home, and used with the keyboard alone: xdotool's key presses
 * to the window, never the mouse. An assessment kept as a recovery, a check-in, a clinic client and session,
 * and the session's aftercare sheet saved as a PDF through the save dialog (GTK's own: its file name field,
 * where the whole path is typed, as a person may). The results are read from outside: the installed
 * launcher's command line on the same data folder once the window is gone, and pdftotext of the sheet.
 * Every step waits for what it needs by polling (the screen settling, the data appearing), never by a long
 * fixed sleep; screenshots of each step go to target/installed-walk/. Needs Xvfb, xdotool, ImageMagick,
 * poppler-utils and the de_DE locale's sources (.ci/run installs them). Runs only with -Pdist.
 */
class InstalledAppWalkIT {

    private static final Path SHOTS = Path.of("target", "installed-walk");
    private static final Duration DATA_TIMEOUT = Duration.ofSeconds(180);
    private static final String CLIENT = "Jana Keller";

    @TempDir
    Path scratch;

    private final List<Process> started = new ArrayList<>();
    private final Map<String, String> env = new HashMap<>();
    private ScratchRoot installed;
    private String window;
    private int shots;

    @AfterEach
    void stop() {
        // the app first, then its X server; only the processes this test started
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).destroy();
        }
    }

    @Test
    void theInstalledAppSpeaksGermanAndIsUsedWithTheKeyboardAlone() throws Exception {
        installed = ScratchRoot.installed(scratch.resolve("root"), scratch.resolve("dpkg.log"));
        Files.createDirectories(SHOTS);
        Path home = scratch.resolve("home");
        Path data = home.resolve(".local/share/recovery-planner");
        Path sheet = scratch.resolve("sheets").resolve("jana.pdf");
        Files.createDirectories(sheet.getParent());
        germanDesktop(home);
        startXServer();

        Process app = start(List.of(installed.launcher().toString()), "app");
        window = awaitWindow("^Recovery Planner$", Duration.ofSeconds(240), app);
        run("xdotool", "windowfocus", "--sync", window);
        awaitSidebar();
        shot("start");

        // An assessment: the massage chosen by typing in its list, the soreness, Enter for the plan, kept.
        key("alt+a");
        type("Tief");
        settle();
        key("Return");
        key("alt+m");
        key("ctrl+a");
        type("5");
        key("Return");
        settle();
        shot("plan");
        key("alt+t");
        awaitCli("the recovery kept from the plan", out -> out.contains("\"massage\":\"deep-tissue\""),
                "journal", "status", "--json");
        settle();
        shot("journal");

        // A check-in on it: the journal opened at the new recovery.
        key("alt+r");
        settle();
        key("alt+m"); // "_Muskelkater jetzt" goes to the number field
        key("ctrl+a");
        type("3");
        key("alt+n");
        type("Etwas besser");
        shot("check-in");
        key("alt+s");
        awaitCli("the check-in", out -> out.contains("\"latestSoreness\":3"), "journal", "status", "--json");
        settle();

        // A clinic client: Alt+K goes into the clinic's tabs, Shift+Tab to their row, Ctrl+Tab to Clients.
        key("ctrl+3");
        settle();
        key("alt+k");
        key("shift+Tab");
        key("ctrl+Tab");
        settle();
        key("alt+n");
        key("alt+m");
        type(CLIENT);
        shot("client");
        key("alt+s");
        awaitCli("the client", out -> out.contains(CLIENT), "clinic", "client", "find", "Jana");
        settle();

        // A session for the client, back on the Sessions tab.
        key("alt+u");
        key("shift+Tab");
        key("ctrl+shift+Tab");
        settle();
        key("alt+k");
        type("Jana");
        settle();
        key("Return");
        key("alt+a");
        type("Tief");
        settle();
        key("Return");
        settle();
        shot("session");
        key("alt+e");
        awaitCli("the session", out -> out.contains("deep-tissue"),
                "clinic", "session", "list", "--client", CLIENT, "--json");
        settle();

        // Its aftercare sheet: the preview, then Save as PDF; the save dialog's title is the app's German.
        key("alt+v");
        settle();
        shot("preview");
        key("alt+s");
        String dialog = awaitWindow("Nachsorgebl", Duration.ofSeconds(90), app);
        assertThat(run("xdotool", "getwindowname", dialog).strip()).isEqualTo("Nachsorgeblätter als PDF speichern");
        run("xdotool", "windowfocus", "--sync", dialog);
        settle();
        key("ctrl+a");
        type(sheet.toString());
        shot("save-dialog");
        key("Return");
        awaitFile(sheet);
        shot("saved");

        // The window closes (no window manager here to send Alt+F4 to: the launcher is asked to end, as a
        // logout would), and the command line reads what the window stored in the same folder.
        app.destroy();
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("the app ended").isTrue();
        assertThat(data.resolve("recovery.mv.db")).as("the window's data folder in the fresh home").isRegularFile();

        String status = cli("journal", "status", "--json");
        assertThat(status).contains("\"massage\":\"deep-tissue\"", "\"latestSoreness\":3")
                .doesNotContain("\"latestCheckInAt\":null");
        assertThat(cli("clinic", "session", "list", "--client", CLIENT, "--json")).contains("deep-tissue");
        String text = run("pdftotext", sheet.toString(), "-");
        assertThat(text).contains(CLIENT, "Ihr Nachsorgeplan", "Was Sie erwarten können");
    }

    /** German, a fresh home (the window keeps its data in $XDG_DATA_HOME/recovery-planner), the locale made if missing. */
    private void germanDesktop(Path home) throws Exception {
        for (String dir : List.of(".local/share", ".config", ".cache")) {
            Files.createDirectories(home.resolve(dir));
        }
        env.put("HOME", home.toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        env.put("LANG", "de_DE.UTF-8");
        env.put("LC_ALL", "de_DE.UTF-8");
        env.put("NO_AT_BRIDGE", "1");
        // The JVM takes its language from the C library, which knows only installed locales.
        if (!run("locale", "-a").lines().anyMatch(l -> l.equalsIgnoreCase("de_DE.utf8"))) {
            Path locales = scratch.resolve("locale");
            Files.createDirectories(locales);
            run("localedef", "-i", "de_DE", "-f", "UTF-8", locales.resolve("de_DE.UTF-8").toString());
            env.put("LOCPATH", locales.toString());
        }
    }

    /** Xvfb on a free display it chooses itself (-displayfd), so runs side by side never meet. */
    private void startXServer() throws Exception {
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp")
                .redirectError(scratch.resolve("xvfb.log").toFile()).start();
        started.add(xvfb);
        String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        assertThat(number).as("Xvfb's display").isNotNull().matches("[0-9]+");
        env.put("DISPLAY", ":" + number);
    }

    private Process start(List<String> command, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(SHOTS.resolve(name + ".out.txt").toFile())
                .redirectError(SHOTS.resolve(name + ".err.txt").toFile());
        environment(builder);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private void environment(ProcessBuilder builder) {
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("RECOVERY_PLANNER_") || k.startsWith("LC_") || k.equals("LANGUAGE"));
        environment.putAll(env);
    }

    /** A program's output; it must succeed. */
    private String run(String... command) throws Exception {
        Result result = exec(command);
        assertThat(result.status).as(String.join(" ", command) + "\n" + result.err).isZero();
        return result.out;
    }

    private record Result(int status, String out, String err) {
    }

    private Result exec(String... command) throws Exception {
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        environment(builder);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within two minutes");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The installed launcher's command line, with the window's environment (so the same data folder). */
    private String cli(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(installed.launcher().toString()));
        command.addAll(List.of(args));
        return run(command.toArray(String[]::new));
    }

    private void awaitCli(String what, Predicate<String> found, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(installed.launcher().toString()));
        command.addAll(List.of(args));
        await(what, DATA_TIMEOUT, () -> {
            Result result = exec(command.toArray(String[]::new));
            return result.status == 0 && found.test(result.out);
        });
    }

    /** Fails at once, with what the app printed, when the app stops before its window appears. */
    private String awaitWindow(String name, Duration timeout, Process app) throws Exception {
        String[] id = new String[1];
        await("a window named " + name, timeout, () -> {
            if (!app.isAlive()) {
                throw new AssertionError("the app stopped (exit " + app.exitValue() + ") before a window named "
                        + name + " appeared; it printed:\n" + Files.readString(SHOTS.resolve("app.err.txt")));
            }
            Result found = exec("xdotool", "search", "--name", name);
            List<String> ids = found.out.lines().filter(l -> !l.isBlank()).toList();
            id[0] = ids.isEmpty() ? null : ids.get(ids.size() - 1);
            return id[0] != null;
        });
        return id[0];
    }

    /** The sidebar's entries are drawn once the data is open: its part of the window is no longer plain. */
    private void awaitSidebar() throws Exception {
        Path picture = scratch.resolve("window.png");
        await("the sidebar's entries", Duration.ofSeconds(240), () -> {
            if (exec("import", "-window", window, picture.toString()).status != 0) {
                return false;
            }
            String spread = run("convert", picture.toString(), "-crop", "180x200+20+70", "-format",
                    "%[fx:standard_deviation]", "info:");
            return Double.parseDouble(spread.strip()) > 0.05;
        });
        settle();
    }

    /** Waits until two screenshots in a row show the same (a blinking caret aside). */
    private void settle() throws Exception {
        Path before = scratch.resolve("before.png");
        Path now = scratch.resolve("now.png");
        run("import", "-window", "root", before.toString());
        long end = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (System.nanoTime() < end) {
            Thread.sleep(700);
            run("import", "-window", "root", now.toString());
            Result compared = exec("compare", "-metric", "AE", "-fuzz", "3%", before.toString(), now.toString(), "null:");
            String count = compared.err.strip().split("\\s+")[0];
            if (!count.isEmpty() && Double.parseDouble(count) < 400) {
                return;
            }
            Files.move(now, before, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void awaitFile(Path file) throws Exception {
        long[] size = {-1};
        await("the saved sheet " + file, DATA_TIMEOUT, () -> {
            long was = size[0];
            size[0] = Files.exists(file) ? Files.size(file) : -1;
            return size[0] > 0 && size[0] == was;
        });
    }

    private void key(String keys) throws Exception {
        run("xdotool", "key", "--delay", "120", keys);
        Thread.sleep(300);
    }

    private void type(String text) throws Exception {
        run("xdotool", "type", "--delay", "90", text);
        Thread.sleep(300);
    }

    private void shot(String name) throws Exception {
        run("import", "-window", "root", SHOTS.resolve(String.format("%02d-%s.png", ++shots, name)).toString());
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private void await(String what, Duration timeout, Check check) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > end) {
                shot("timeout");
                throw new AssertionError("waited " + timeout.toSeconds() + " s in vain for " + what
                        + " (screenshots in " + SHOTS + ")");
            }
            Thread.sleep(1000);
        }
    }
}
