package com.ublives.recovery.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** --version names the build the POM describes (the pom passes its version to the tests as app.version). */
class AppVersionTest {

    @Test
    void versionPrintsThePomsVersion() {
        String pomVersion = System.getProperty("app.version");
        assertThat(pomVersion).as("the pom passes app.version to the tests").isNotBlank();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = Cli.run(new String[] {"--version"}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(status).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().lines().toList()).containsExactly("Recovery Planner " + pomVersion);
    }
}
