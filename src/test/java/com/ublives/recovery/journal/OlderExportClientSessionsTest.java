package com.ublives.recovery.journal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports made before the journal and the clinic were split also hold the clinic's sessions (records with a
 * clientId). Importing one brings the person's own recoveries back and leaves a client's sessions out.
 */
class OlderExportClientSessionsTest {

    @TempDir
    Path dir;
    JournalFixture f;

    @BeforeEach
    void open() {
        f = new JournalFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void importingAnOlderExportAddsThePersonsRecoveriesAndNoClientsSession() throws Exception {
        // the export was made on 30 November 2026 (a closing that day); a time more than a day ahead of "now" is refused
        f.clock.set(Instant.parse("2026-12-15T00:00:00Z"));
        JournalImport.Result result;
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/migration/journal-export-1ae0bf3.json"),
                StandardCharsets.UTF_8)) {
            result = f.journal.importJson(in);
        }

        assertThat(result.recoveries()).isEqualTo(4);
        assertThat(result.checkIns()).isEqualTo(4);
        List<Recovery> all = f.journal.recoveries();
        assertThat(all).extracting(Recovery::massage).containsExactly("sports", "thai", "swedish", "deep-tissue");
        assertThat(all).extracting(Recovery::therapist).containsOnly(null, "Own therapist");
        assertThat(all).extracting(Recovery::note).containsOnly(null, "my own back");
        assertThat(all).allSatisfy(r -> assertThat(r.pressure()).isNull());
    }
}
