package com.ublives.recovery.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version {@code --version} prints: the POM's version, written into version.properties by
 * Maven's resource filtering at build time, so it cannot drift from the release it describes.
 */
public final class AppVersion implements IVersionProvider {

    private static final String RESOURCE = "version.properties";
    private static final String UNKNOWN = "(version unknown)";

    @Override
    public String[] getVersion() {
        return new String[] {"Recovery Planner " + version()};
    }

    /** The POM's version of this build; "unknown" only if the build left the file out (FatJarIT checks it does not). */
    public static String version() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", UNKNOWN);
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
