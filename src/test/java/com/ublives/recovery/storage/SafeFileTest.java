package com.ublives.recovery.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

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
}
