package com.ublives.recovery.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .deb of `mvn -Pdist package`, installed by dpkg itself into a scratch root, maintainer scripts
 * included (--root with --force-script-chrootless: the scripts run here with DPKG_ROOT set and take every
 * path inside it, so nothing of this computer is touched). For the installer's tests.
 */
final class ScratchRoot {

    static final String NAME = "recovery-planner";
    static final Path DIST = Path.of(System.getProperty("dist.dir", "target/dist"));

    private final Path root;
    private final Path log;

    private ScratchRoot(Path root, Path log) {
        this.root = root;
        this.log = log;
    }

    /** The package the build made in target/dist. */
    static Path deb() throws IOException {
        try (Stream<Path> files = Files.list(DIST)) {
            return files.filter(p -> p.getFileName().toString().matches(NAME + "_[0-9.]+-1_[a-z0-9]+\\.deb"))
                    .findFirst().orElseThrow(() -> new AssertionError("no .deb in " + DIST));
        }
    }

    /** An empty dpkg database in root (root/var/lib/dpkg), dpkg's log in log. */
    static ScratchRoot create(Path root, Path log) throws IOException {
        Path admin = root.resolve("var/lib/dpkg");
        Files.createDirectories(admin.resolve("updates"));
        Files.createDirectories(admin.resolve("info"));
        Files.createFile(admin.resolve("status"));
        return new ScratchRoot(root, log);
    }

    /** A scratch root with the package installed in it. */
    static ScratchRoot installed(Path root, Path log) throws IOException, InterruptedException {
        ScratchRoot scratch = create(root, log);
        scratch.dpkg("--install", deb().toAbsolutePath().toString());
        return scratch;
    }

    Path root() {
        return root;
    }

    /** dpkg's own folder, which stays after a purge. */
    Path admin() {
        return root.resolve("var/lib/dpkg");
    }

    /** Where the package puts the app: root/opt/recovery-planner. */
    Path app() {
        return root.resolve("opt").resolve(NAME);
    }

    /** The installed launcher, as /usr/bin/recovery-planner points to it. */
    Path launcher() {
        return app().resolve("bin").resolve(NAME);
    }

    void dpkg(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("dpkg", "--root=" + root, "--log=" + log,
                "--force-not-root", "--force-script-chrootless", "--force-depends"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
    }
}
