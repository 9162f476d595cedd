package com.ublives.recovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the shaded jar as a person would. Catches what unit tests cannot: a lost service file
 * (Flyway's H2 support, the JDBC driver), a missing migration or rule resource, a wrong main class.
 */
class FatJarIT {

    @TempDir
    Path dataDir;

    private FatJar.Result java(String... args) throws IOException, InterruptedException {
        return new FatJar(dataDir.getParent()).run(args);
    }

    @Test
    void theFatJarPlansFromTheCommandLineWithAFreshDatabase() throws Exception {
        FatJar.Result run = java("plan", "--massage", "deep-tissue", "--soreness", "5", "--hours", "30", "--json",
                "--data-dir", dataDir.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        JsonNode plan = new ObjectMapper().readTree(run.out());
        assertThat(plan.get("band").toString()).isEqualTo("{\"id\":\"MODERATE\",\"minHours\":24,\"maxHours\":48}");
        assertThat(plan.get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(plan.get("plan").get(0).get("id").asText()).isEqualTo("hydration.water");
        assertThat(dataDir.resolve("recovery.mv.db")).exists();
    }

    @Test
    void theFatJarRefusesBadInputWithOneLineAndStatusTwo() throws Exception {
        FatJar.Result run = java("plan", "--massage", "deep-tissue", "--soreness", "11", "--data-dir", dataDir.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).containsExactly("--soreness must be a whole number from 0 to 10, got 11");
    }

    @Test
    void theFatJarsVersionIsThePoms() throws Exception {
        FatJar.Result run = java("--version");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList()).containsExactly("Recovery Planner " + System.getProperty("app.version"));
    }
}
