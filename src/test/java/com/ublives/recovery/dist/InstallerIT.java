package com.ublives.recovery.dist;

import com.ublives.recovery.FatJar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desktop build of `mvn -Pdist package` (src/dist/build.sh), run as a person would: the app
 * image's launcher, with its class-data-sharing archive, and the .deb unpacked into a scratch root
 * as dpkg would install it, and installed and removed by dpkg itself in another scratch root. Runs
 * only with -Pdist (pom: dist.it.exclude).
 */
class InstallerIT {

    private static final String NAME = ScratchRoot.NAME;
    /** The command line's launcher: the command in PATH (postinst), with options for short runs. */
    private static final String CLI = NAME + "-cli";
    private static final Path DIST = ScratchRoot.DIST;
    private static final Path IMAGE = DIST.resolve(NAME);
    private static final String VERSION_LINE = "Recovery Planner " + System.getProperty("app.version");

    @TempDir
    static Path installed;
    @TempDir
    Path scratch;

    private static Path deb;

    @BeforeAll
    static void unpackTheDeb() throws Exception {
        deb = ScratchRoot.deb();
        dpkgDeb("-x", deb.toString(), installed.toString());
        dpkgDeb("-e", deb.toString(), installed.resolve("DEBIAN").toString());
    }

    private static void dpkgDeb(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("dpkg-deb"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }

    private FatJar.Result launch(Path image, Map<String, String> env, String... args) throws Exception {
        return launch(image, NAME, env, args);
    }

    private FatJar.Result launch(Path image, String launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(image.resolve("bin").resolve(launcher).toString()));
        command.addAll(List.of(args));
        return FatJar.exec(scratch, command, env, null);
    }

    @Test
    void theLauncherRunsTheCommandLineWithArguments() throws Exception {
        assertQuietVersion(launch(IMAGE, Map.of(), "--version"));

        FatJar.Result plan = launch(IMAGE, Map.of(), "plan", "--massage", "deep-tissue", "--soreness", "5",
                "--hours", "30", "--data-dir", scratch.resolve("data").toString());
        assertThat(plan.err()).isEmpty();
        assertThat(plan.status()).isZero();
        assertThat(plan.out()).startsWith("Deep tissue massage, 30 hours ago: soreness 5 of 10 (moderate)")
                .contains("Expected course: Usually eases within 24\u201348 h");
    }

    @Test
    void theLauncherLoadsTheAppFromTheArchiveMadeAtBuildTime() throws Exception {
        assertThat(IMAGE.resolve("lib/app/app.jsa")).isRegularFile();
        Path log = scratch.resolve("class-load.txt");

        FatJar.Result run = launch(IMAGE, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log),
                "catalog", "--data-dir", scratch.resolve("data").toString());

        assertThat(run.status()).isZero();
        assertThat(Files.readAllLines(log)).anySatisfy(line -> assertThat(line)
                .contains(" com.ublives.recovery.Launcher source: shared objects file"));
    }

    /**
     * The command line's launcher: its own archive of the command line's classes only (smaller than the
     * window's, so less to map), C1 alone and the serial collector (docs/BENCHMARKS.md, "Command line,
     * third round"); the window's launcher keeps its options.
     */
    @Test
    void theCommandLineLauncherRunsWithItsOwnArchiveAndOptionsForShortRuns() throws Exception {
        Path cliArchive = IMAGE.resolve("lib/app/cli.jsa");
        assertThat(cliArchive).isRegularFile();
        assertThat(Files.size(cliArchive)).isLessThan(Files.size(IMAGE.resolve("lib/app/app.jsa")));
        Path classes = scratch.resolve("class-load.txt");
        Path gc = scratch.resolve("gc.txt");

        FatJar.Result plan = launch(IMAGE, CLI, Map.of("JAVA_TOOL_OPTIONS",
                        "-Xlog:class+load=info:file=" + classes + " -Xlog:gc:file=" + gc),
                "plan", "--massage", "deep-tissue", "--soreness", "5", "--hours", "30",
                "--data-dir", scratch.resolve("data").toString());

        assertThat(plan.status()).isZero();
        assertThat(plan.out()).startsWith("Deep tissue massage, 30 hours ago: soreness 5 of 10 (moderate)");
        assertThat(Files.readAllLines(classes)).anySatisfy(line -> assertThat(line)
                .contains(" com.ublives.recovery.cli.PlanCommand source: shared objects file"));
        assertThat(Files.readString(gc)).contains("Using Serial");
        assertThat(Files.readString(IMAGE.resolve("bin").resolve(CLI)))
                .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=\"$app/lib/app/cli.jsa\"");
        assertThat(Files.readAllLines(IMAGE.resolve("lib/app").resolve(NAME + ".cfg")))
                .contains("java-options=-XX:SharedArchiveFile=$APPDIR/app.jsa", "java-options=-XX:TieredStopAtLevel=1")
                .as("the window keeps the collector of a long run").doesNotContain("java-options=-XX:+UseSerialGC");
    }

    /** An archive that does not fit (the image moved elsewhere, a damaged file) is passed over in silence. */
    @Test
    void aStaleArchiveIsPassedOverWithoutAWord() throws Exception {
        // beside the image, so hard links work (same file system); the archive then names the old place
        Path copy = Files.createTempDirectory(DIST.getParent(), "moved-image");
        try {
            copyLinked(IMAGE, copy);
            for (String launcher : List.of(NAME, CLI)) {
                assertQuietVersion(launch(copy, launcher, Map.of(), "--version"));
            }

            for (String name : List.of("app.jsa", "cli.jsa")) {
                Path archive = copy.resolve("lib/app").resolve(name);
                Files.delete(archive); // a link to the real archive: replaced, never written through
                Files.write(archive, "not an archive".getBytes(StandardCharsets.US_ASCII));
            }
            for (String launcher : List.of(NAME, CLI)) {
                assertQuietVersion(launch(copy, launcher, Map.of(), "--version"));
            }
        } finally {
            deleteTree(copy);
        }
    }

    private static void assertQuietVersion(FatJar.Result run) {
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(VERSION_LINE);
    }

    @Test
    void theRuntimeHoldsOnlyTheModulesTheAppUses() throws Exception {
        String modules = Files.readAllLines(IMAGE.resolve("lib/runtime/release")).stream()
                .filter(line -> line.startsWith("MODULES=")).findFirst().orElseThrow();
        assertThat(modules).contains("java.desktop", "java.sql", "jdk.unsupported", "jdk.localedata")
                .doesNotContain("jdk.compiler", "jdk.jshell", "java.rmi", "jdk.httpserver");
    }

    @Test
    void theDebInstallsTheAppWithADesktopEntryAndTheCommandInPath() throws Exception {
        Path app = installed.resolve("opt").resolve(NAME);
        assertThat(app.resolve("bin").resolve(NAME)).isExecutable();
        assertThat(app.resolve("lib/app").resolve(NAME + ".jar")).isRegularFile();
        assertThat(app.resolve("lib/app/classes.lst")).isRegularFile();
        assertThat(app.resolve("lib/app/app.jsa")).as("made by postinst where the app is installed").doesNotExist();
        assertThat(app.resolve("bin").resolve(CLI)).isExecutable();
        assertThat(app.resolve("lib/app/cli-classes.lst")).isRegularFile();
        assertThat(app.resolve("lib/app/cli.jsa")).as("made by postinst where the app is installed").doesNotExist();
        try (Stream<Path> lib = Files.list(app.resolve("lib"))) {
            assertThat(lib.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".desktop")))
                    .as("one menu entry: the window's").containsExactly(NAME + "-" + NAME + ".desktop");
        }
        assertThat(app.resolve("lib").resolve(NAME + ".png")).isRegularFile();

        List<String> entry = Files.readAllLines(app.resolve("lib").resolve(NAME + "-" + NAME + ".desktop"));
        assertThat(entry).contains("[Desktop Entry]", "Type=Application", "Name=Recovery Planner",
                "Exec=/opt/" + NAME + "/bin/" + NAME, "Icon=/opt/" + NAME + "/lib/" + NAME + ".png",
                "Categories=Utility;", "Terminal=false");
        assertThat(entry).anySatisfy(line -> assertThat(line).startsWith("Comment[de]="));

        String postinst = Files.readString(installed.resolve("DEBIAN/postinst"));
        assertThat(postinst).contains("xdg-desktop-menu install", "-Xshare:dump");
        assertThat(Files.readString(installed.resolve("DEBIAN/prerm"))).contains("xdg-desktop-menu uninstall");
        String control = Files.readString(installed.resolve("DEBIAN/control"));
        assertThat(control).contains("Package: " + NAME).contains("xdg-utils").contains("libgtk-3-0");
    }

    /**
     * Installed and removed by dpkg itself into a scratch root ({@link ScratchRoot}). After the install the
     * command is in PATH, the menu entry is in place and postinst has made the archive; after the removal
     * no file is left.
     */
    @Test
    void dpkgInstallsIntoAScratchRootAndRemovalLeavesNoFileBehind() throws Exception {
        ScratchRoot installed = ScratchRoot.installed(scratch.resolve("root"), scratch.resolve("dpkg.log"));
        Path root = installed.root();
        Path admin = installed.admin();

        Path command = root.resolve("usr/bin").resolve(NAME);
        assertThat(command).isSymbolicLink();
        assertThat(Files.readSymbolicLink(command)).as("the command line's launcher").isEqualTo(Path.of("/opt", NAME, "bin", CLI));
        Path app = installed.app();
        assertThat(root.resolve("usr/share/applications").resolve(NAME + "-" + NAME + ".desktop")).isRegularFile()
                .content().contains("Name=Recovery Planner", "Exec=/opt/" + NAME + "/bin/" + NAME);
        assertThat(app.resolve("lib/app/app.jsa")).as("made by postinst").isRegularFile();
        assertThat(app.resolve("lib/app/cli.jsa")).as("made by postinst").isRegularFile();
        try (Stream<Path> entries = Files.list(root.resolve("usr/share/applications"))) {
            assertThat(entries).hasSize(1);
        }
        assertQuietVersion(launch(app, Map.of(), "--version"));
        assertQuietVersion(launch(app, CLI, Map.of(), "--version"));

        installed.dpkg("--purge", NAME);

        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(p -> !p.startsWith(admin) && !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> root.relativize(p).toString()).toList()).isEmpty();
        }
        assertThat(app).doesNotExist();
    }

    /** Unpacked where dpkg would put it, before postinst has made an archive: it runs, and quietly. */
    @Test
    void theUnpackedAppRunsWithoutItsArchive() throws Exception {
        assertQuietVersion(launch(installed.resolve("opt").resolve(NAME), Map.of(), "--version"));
        assertQuietVersion(launch(installed.resolve("opt").resolve(NAME), CLI, Map.of(), "--version"));
    }

    /** A copy made of hard links (cheap: the image is ~100 MB), folders made anew. */
    private static void copyLinked(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createLink(target, source);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
