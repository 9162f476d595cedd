package com.ublives.recovery.storage;

import com.ublives.recovery.Services;
import com.ublives.recovery.clinic.Client;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class StoreCheckTest {

    @TempDir
    Path dir;

    private Path fileWithData() throws Exception {
        Path folder = dir.resolve("data");
        try (Services services = Services.open(folder)) {
            for (int i = 0; i < 20; i++) {
                services.clinic().addClient(Client.named("Client " + i));
            }
        }
        return folder.resolve(Database.FILE_NAME + ".mv.db");
    }

    @Test
    void aWholeFileIsReadable() throws Exception {
        assertThat(StoreCheck.check(fileWithData())).isEqualTo(StoreCheck.Verdict.READABLE);
    }

    @Test
    void aFileCutAtAnyBlockBeforeItsEndIsDamagedEvenWhereH2WouldOpenAnOlderState() throws Exception {
        Path file = fileWithData();
        byte[] whole = Files.readAllBytes(file);
        for (int cut = 4096; cut < whole.length; cut += 4096) {
            Files.write(file, Arrays.copyOf(whole, cut));
            assertThat(StoreCheck.check(file)).as("cut at %d of %d", cut, whole.length)
                    .isEqualTo(StoreCheck.Verdict.DAMAGED);
        }
        Files.write(file, Arrays.copyOf(whole, whole.length / 2 + 100));
        assertThat(StoreCheck.check(file)).isEqualTo(StoreCheck.Verdict.DAMAGED);
    }
}
