package com.ublives.recovery.ui;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every control a person can reach with Tab, on every screen of the real app and in the forms that open
 * there (Log a massage, check-in, client, session, content entry) and in the windows it opens over itself (a
 * question, the backups), has a name a screen reader reads; every picture and chart has a text. The failure
 * names each control without one.
 */
@Tag("ui")
class AccessibleNamesTest {

    @RegisterExtension
    final RealAppExtension real = new RealAppExtension();
    private RealApp app;

    @Test
    void everyControlOnEveryScreenAndFormHasAnAccessibleName() throws Exception {
        app = real.start(1280, 800);
        Set<String> missing = new LinkedHashSet<>();

        app.visitEveryScreen(where -> note(missing, where));
        app.visitEveryDialog((where, scene) -> app.robot().interact(() ->
                AccessibleNames.missing(scene.getRoot()).forEach(m -> missing.add(where + ": " + m))));

        assertThat(missing).isEmpty();
    }

    private void note(Set<String> missing, String where) {
        AtomicReference<List<String>> found = new AtomicReference<>(new ArrayList<>());
        app.robot().interact(() -> found.set(AccessibleNames.missing(app.scene().getRoot())));
        found.get().forEach(m -> missing.add(where + ": " + m));
    }
}
