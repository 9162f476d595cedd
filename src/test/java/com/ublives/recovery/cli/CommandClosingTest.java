package com.ublives.recovery.cli;

import com.ublives.recovery.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data folder a command opens is closed without H2's compaction (docs/BENCHMARKS.md, "Command line,
 * fourth round"); the window's keeps it (storage.DatabaseClosingTest).
 */
class CommandClosingTest {

    @Test
    void aCommandOpensItsDataFolderToCloseWithoutCompacting(@TempDir Path dir) throws Exception {
        Services.open(dir).close();
        picocli.CommandLine cli = Cli.commandLine("catalog", "--data-dir", dir.toString());
        cli.parseArgs("catalog", "--data-dir", dir.toString());
        CatalogCommand catalog = cli.getSubcommands().get("catalog").getCommand();

        try (Services services = catalog.dataDir.open();
             Connection c = services.database().dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME = 'MAX_COMPACT_TIME'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("0");
        }
    }
}
