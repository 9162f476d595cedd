package com.ublives.recovery.clinic;

import com.ublives.recovery.rules.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogoTest {

    @TempDir
    Path dir;

    @Test
    void aLogoLargerThanTheLimitIsRefusedFromItsHeaderNamingTheLimit() throws Exception {
        byte[] huge = BlankPng.of(20_000, 20_000);
        assertThat(huge.length).isLessThan(Logo.MAX_BYTES);

        assertThatThrownBy(() -> Logo.check(huge, "huge.png")).isInstanceOf(InvalidInputException.class)
                .hasMessage("logo must be at most 4000 x 4000 pixels; huge.png is 20000 x 20000");
        assertThatThrownBy(() -> Logo.check(BlankPng.of(4001, 10), "wide.png"))
                .hasMessage("logo must be at most 4000 x 4000 pixels; wide.png is 4001 x 10");
    }

    @Test
    void aLogoUpToTheLimitIsAcceptedUnchanged() throws Exception {
        byte[] fits = BlankPng.of(4000, 4000);

        assertThat(Logo.check(fits, "fits.png")).isSameAs(fits);
        assertThat(Logo.read(fits, "fits.png").getWidth()).isEqualTo(4000);
    }

    @Test
    void aFileOverTwoMegabytesIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.png");
        Files.write(big, new byte[Logo.MAX_BYTES + 1]);

        assertThatThrownBy(() -> Logo.load(big, "big.png")).isInstanceOf(InvalidInputException.class)
                .hasMessage("logo must be at most 2 MB; big.png has 2048 KB");
    }
}
