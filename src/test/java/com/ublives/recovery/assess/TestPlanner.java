package com.ublives.recovery.assess;

import com.ublives.recovery.Services;
import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.rules.RuleSetJson;

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
        return new PlannerService(RuleSetJson.parse(Services.defaultRules()));
    }

    static ResourceBundle texts() {
        return ResourceBundle.getBundle("i18n.messages");
    }

    static Clock clock() {
        return clockAt(NOW);
    }

    /** A clock standing at this wall-clock time in {@link #ZONE} (never one that exists twice). */
    static Clock clockAt(LocalDateTime now) {
        return Clock.fixed(now.atZone(ZONE).toInstant(), ZONE);
    }

    static AssessmentViewModel viewModel() {
        return viewModel(clock());
    }

    static AssessmentViewModel viewModel(Clock clock) {
        return new AssessmentViewModel(planner(), texts(), clock);
    }
}
