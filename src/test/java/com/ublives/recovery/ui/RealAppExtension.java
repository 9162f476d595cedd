package com.ublives.recovery.ui;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One real app per test, in a data folder of its own: the test starts it ({@link #start}) as often as it
 * needs (a later start opens the same folder), and the app is closed and the folder removed after the test,
 * also when the test failed, so the next test finds no window left over.
 * <pre>{@code @RegisterExtension final RealAppExtension real = new RealAppExtension();}</pre>
 */
public final class RealAppExtension implements BeforeEachCallback, AfterEachCallback {

    private Path dir;
    private RealApp app;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("recovery-ui-");
    }

    /** The test's data folder, for seeding it before a start or reading what the app wrote. */
    public Path dir() {
        return dir;
    }

    /** Starts the app on the test's folder (closing one started before); settings as in {@link RealApp#start}. */
    public RealApp start(double width, double height, String... settings) throws Exception {
        closeApp();
        app = RealApp.start(dir, width, height, settings);
        return app;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            closeApp();
        } finally {
            delete(dir);
        }
    }

    private void closeApp() throws Exception {
        if (app != null) {
            RealApp started = app;
            app = null;
            started.close();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
