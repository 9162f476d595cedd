package com.ublives.recovery.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void aWriteChangesOnlyItsKeysAndKeepsCommentsOrderAndOtherKeys() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), """
                # my notes: keep two weeks of backups
                backups.keep = 14
                theme=light
                something.else: kept
                """);

        SettingsFile.write(dir, Map.of("theme", "dark", "text.size", "150"));

        assertThat(Files.readString(dir.resolve(SettingsFile.NAME))).isEqualTo("""
                # my notes: keep two weeks of backups
                backups.keep = 14
                theme=dark
                something.else: kept
                text.size=150
                """);
        assertThat(SettingsFile.read(dir).values()).containsEntry("backups.keep", "14").containsEntry("theme", "dark")
                .containsEntry("something.else", "kept").containsEntry("text.size", "150");
    }

    @Test
    void aNullValueRemovesTheKeyAndAMissingFileIsCreated() throws Exception {
        Map<String, String> changes = new HashMap<>();
        changes.put("language", null);
        changes.put("theme", "contrast");

        SettingsFile.write(dir, changes);

        assertThat(Files.readString(dir.resolve(SettingsFile.NAME))).isEqualTo("theme=contrast\n");
        SettingsFile.write(dir, Map.of("language", "de"));
        changes.put("theme", null);
        SettingsFile.write(dir, changes);
        assertThat(Files.readString(dir.resolve(SettingsFile.NAME))).isEmpty();
    }
}
