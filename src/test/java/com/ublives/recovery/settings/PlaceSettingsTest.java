package com.ublives.recovery.settings;

import com.ublives.recovery.storage.DataLocation;
import com.ublives.recovery.storage.OwnerOnlyFile;
import com.ublives.recovery.storage.ServerAddress;
import com.ublives.recovery.storage.SettingsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the desk's data is, kept with its settings: the server's address and user in settings.properties,
 * the password only when asked, in a file only the user can read, and only where such a file can be made.
 */
class PlaceSettingsTest {

    private static final String URL = "jdbc:postgresql://clinic.example:5432/planner?sslmode=require";

    @TempDir
    Path dir;

    @Test
    void withNothingChosenTheDataIsThisComputersFolder() {
        assertThat(new PlaceSettings(dir).location()).isEqualTo(DataLocation.folder(dir));
    }

    @Test
    void aRememberedPasswordIsInAnOwnerOnlyFileAndNeverInTheSettingsFile() throws Exception {
        PlaceSettings place = new PlaceSettings(dir);
        ServerAddress server = ServerAddress.of(URL, "front_desk", null);

        assertThat(place.chooseServer(server, "s3cret=with:odd chars".toCharArray(), true)).isEqualTo(PlaceSettings.Remembered.REMEMBERED);

        assertThat(Files.getPosixFilePermissions(place.passwordFile())).isEqualTo(OwnerOnlyFile.OWNER_ONLY);
        assertThat(Files.readString(dir.resolve(SettingsFile.NAME))).contains("data.location=server", "data.server.user=front_desk")
                .doesNotContain("s3cret");
        assertThat(new String(place.password(URL, "front_desk"))).isEqualTo("s3cret=with:odd chars");
        assertThat(place.password(URL, "another_user")).as("only for the user it was typed for").isNull();
        assertThat(place.password("jdbc:postgresql://elsewhere:5432/planner", "front_desk")).as("nor another server").isNull();
        DataLocation.Server opened = (DataLocation.Server) new PlaceSettings(dir).location();
        assertThat(opened.address().url()).isEqualTo(URL);
        assertThat(opened.address().hasPassword()).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no part file left")
                    .containsExactlyInAnyOrder(SettingsFile.NAME, PlaceSettings.PASSWORD_FILE);
        }
    }

    @Test
    void notRememberingDeletesAPasswordKeptBeforeAndFolderKeepsTheAddress() {
        PlaceSettings place = new PlaceSettings(dir);
        ServerAddress server = ServerAddress.of(URL, "front_desk", null);
        place.chooseServer(server, "s3cret".toCharArray(), true);

        assertThat(place.chooseServer(server, "s3cret".toCharArray(), false)).isEqualTo(PlaceSettings.Remembered.NOT_KEPT);
        assertThat(place.passwordFile()).doesNotExist();

        place.chooseFolder();
        assertThat(place.location()).isEqualTo(DataLocation.folder(dir));
        assertThat(place.chosen()).isEqualTo(new PlaceSettings.Chosen(false, URL, "front_desk"));
    }

    @Test
    void onAFileSystemWithoutPosixPermissionsThePasswordIsNotWritten() throws Exception {
        try (FileSystem zip = FileSystems.newFileSystem(dir.resolve("desk.zip"), Map.of("create", "true"))) {
            Path desk = Files.createDirectories(zip.getPath("/desk"));
            PlaceSettings place = new PlaceSettings(desk);

            assertThat(place.chooseServer(ServerAddress.of(URL, "front_desk", null), "s3cret".toCharArray(), true))
                    .isEqualTo(PlaceSettings.Remembered.NOT_SAFE);

            assertThat(Files.exists(place.passwordFile())).isFalse();
            assertThat(place.chosen()).isEqualTo(new PlaceSettings.Chosen(true, URL, "front_desk"));
        }
    }
}
