package com.ublives.recovery.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Links to devices and special files are made in the test's folder: the devices themselves are never a target. */
class SafeFileTest {

    @TempDir
    Path dir;

    private static void write(Path target, boolean replace, String text) throws Exception {
        SafeFile.write(target, replace, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughToItsTargetAndStaysALink() throws Exception {
        Path target = dir.resolve("sub/real.txt");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("sub/real.txt"));
        Path linkToLink = Files.createSymbolicLink(dir.resolve("link2.txt"), link);

        write(linkToLink, true, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isSymbolicLink(linkToLink)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(SafeFile.resolve(linkToLink)).isEqualTo(target);
        try (var left = Files.list(dir)) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

    @Test
    void aLinkToAFileNotThereYetCreatesTheFile() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("later.txt"));

        write(link, false, "made");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("later.txt"))).isEqualTo("made");
    }

    @Test
    void devicesSpecialFilesFoldersAndLoopsAreRefusedAndLeftAsTheyWere() throws Exception {
        Path toNull = Files.createSymbolicLink(dir.resolve("null.txt"), Path.of("/dev/null"));
        Path toStdout = Files.createSymbolicLink(dir.resolve("stdout.txt"), Path.of("/dev/stdout"));
        Path toProc = Files.createSymbolicLink(dir.resolve("proc.txt"), Path.of("/proc/self/fd/1"));
        Path pipe = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        Path loop = Files.createSymbolicLink(dir.resolve("a"), dir.resolve("b"));
        Files.createSymbolicLink(dir.resolve("b"), loop);
        Path folder = Files.createDirectory(dir.resolve("folder"));

        for (Path special : new Path[] {toNull, toStdout, toProc, pipe}) {
            assertThatThrownBy(() -> write(special, true, "x")).isInstanceOf(SafeFile.NotAFileException.class)
                    .hasMessage(special + " is a device or special file, not a file; give a file name");
            assertThatThrownBy(() -> SafeFile.checkTarget(special, true))
                    .isInstanceOf(SafeFile.TargetRefusedException.class)
                    .hasMessage(special + " is a device or special file, not a file; give a file name");
        }
        assertThatThrownBy(() -> write(loop, true, "x")).hasMessage(loop + " is a loop of symbolic links, not a file");
        assertThatThrownBy(() -> write(folder, true, "x")).hasMessage(folder + " is a folder; give a file name");
        assertThat(Files.isSymbolicLink(toNull)).isTrue();
        assertThat(Files.isSymbolicLink(toStdout)).isTrue();
        assertThat(Files.isRegularFile(pipe)).isFalse();
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAsked() throws Exception {
        Path file = Files.writeString(dir.resolve("journal.json"), "keep");

        assertThatThrownBy(() -> SafeFile.checkTarget(file, false)).isInstanceOf(SafeFile.TargetRefusedException.class)
                .hasMessage(file + " already exists; add --force to replace it");
        assertThat(SafeFile.checkTarget(file, true)).isEqualTo(file);
        assertThat(Files.readString(file)).isEqualTo("keep");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path file = Files.writeString(dir.resolve("private.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        write(file, true, "new");

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aPartFileLeftByAKilledWriterIsRemovedByTheNextWriteAndNothingOfALiveWriterIs() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long dead = gone.pid();
        long alive = ProcessHandle.current().pid();
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        Path killed = part(".sheet.pdf." + dead + "-1.part", anHourAgo);
        Path olderVersion = part(".sheet.pdf.0b6f2c1e-7d1a-4c55-9a0e-1f2d3c4b5a69.part", anHourAgo);
        Path writing = part(".sheet.pdf." + alive + "-2.part", anHourAgo);
        Path justNow = part(".sheet.pdf." + dead + "-3.part", FileTime.from(Instant.now()));
        Path otherFile = part(".other.pdf." + dead + "-4.part", anHourAgo);

        write(dir.resolve("sheet.pdf"), false, "sheet");

        assertThat(killed).as("its writer is gone").doesNotExist();
        assertThat(olderVersion).as("named before writers were").doesNotExist();
        assertThat(writing).as("its writer still runs").exists();
        assertThat(justNow).as("written to a moment ago, maybe from another computer").exists();
        assertThat(otherFile).as("another target's").exists();
        assertThat(dir.resolve("sheet.pdf")).hasContent("sheet");
    }

    private Path part(String name, FileTime modified) throws Exception {
        Path part = Files.writeString(dir.resolve(name), "half");
        Files.setLastModifiedTime(part, modified);
        return part;
    }
}
