package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.clinic.sheet.SheetFixtures;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SheetPagesTest {

    private static final byte[] PDF = SheetPages.lazy(Clock.systemDefaultZone())
            .pdf(SheetFixtures.deepTissue("Anna Nowak", Paper.A4));

    @Test
    void aDrawingAskedToStopStopsPartWayThroughThePage() {
        AtomicInteger asked = new AtomicInteger();

        PageImage page = SheetPages.image(PDF, 96, () -> asked.incrementAndGet() > 50);

        assertThat(page).as("nothing half drawn is handed on").isNull();
        assertThat(asked.get()).as("it stopped at the 51st drawing operator, not after the page").isEqualTo(51);
    }

    @Test
    void aDrawingNeverAskedToStopIsThePageAsEveryoneDrawsIt() {
        AtomicInteger asked = new AtomicInteger();

        PageImage page = SheetPages.image(PDF, 96, () -> asked.incrementAndGet() < 0);

        assertThat(page.argb()).isEqualTo(SheetPages.image(PDF, 96).argb());
        assertThat(asked.get()).as("a sheet is drawn by many operators").isGreaterThan(100);
    }
}
