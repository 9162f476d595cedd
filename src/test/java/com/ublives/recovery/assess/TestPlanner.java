package com.ublives.recovery.assess;

import com.ublives.recovery.rules.RuleSetJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ResourceBundle;

/** The shipped default rule set and texts, and a fixed clock, for screen and view-model tests. */
final class TestPlanner {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** "Now" in every test: 10 March 2026, 12:00. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 12, 0);

    private TestPlanner() {
    }

    static PlannerService planner() {
        try (InputStream in = TestPlanner.class.getResourceAsStream("/rules/default-rules.json")) {
            return new PlannerService(RuleSetJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResourceBundle texts() {
        return ResourceBundle.getBundle("i18n.messages");
    }

    static Clock clock() {
        return Clock.fixed(NOW.atZone(ZONE).toInstant(), ZONE);
    }

    static AssessmentViewModel viewModel() {
        return new AssessmentViewModel(planner(), texts(), clock());
    }
}
