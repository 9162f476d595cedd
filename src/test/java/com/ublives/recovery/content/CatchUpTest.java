package com.ublives.recovery.content;

import com.ublives.recovery.Services;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window notices when another program (the command line, another desk) changed the rules in use
 * while it was open: one small query when it comes back to the front, and the screens are told.
 */
class CatchUpTest {

    @TempDir
    Path dir;

    @Test
    void aChangeMadeByAnotherProgramReachesThePlannerAndTheScreensThatListen() {
        try (Services window = Services.open(dir); Services commandLine = Services.open(dir)) {
            List<RuleSet> told = new CopyOnWriteArrayList<>();
            Runnable stop = window.planner().whenRulesChange(told::add);
            assertThat(window.content().catchUp()).as("the first look reads what is in use").isTrue();
            assertThat(told).as("the same rules: nobody is told").isEmpty();
            assertThat(window.content().catchUp()).as("nothing changed since").isFalse();

            RuleSet r = commandLine.content().inUse();
            List<MassageType> massages = new ArrayList<>(r.massageTypes());
            massages.add(new MassageType("cupping", "Cupping", "MODERATE"));
            commandLine.content().save(new RuleSet(r.version(), r.watchHours(), r.bands(), massages, r.severities(),
                    r.factors(), r.redFlags(), r.conditions(), r.bandRules(), r.warningRules(), r.planItems(), r.exclusions()),
                    "front desk", commandLine.content().changes());
            assertThat(window.planner().ruleSet().massageType("cupping")).as("not seen until the window looks").isNull();

            assertThat(window.content().catchUp()).isTrue();
            assertThat(window.planner().ruleSet().massageType("cupping").name()).isEqualTo("Cupping");
            assertThat(told).singleElement().satisfies(rules -> assertThat(rules.massageType("cupping")).isNotNull());
            assertThat(window.content().catchUp()).isFalse();

            stop.run();
            commandLine.content().use(1, commandLine.content().changes());
            assertThat(window.content().catchUp()).isTrue();
            assertThat(window.planner().ruleSet().massageType("cupping")).isNull();
            assertThat(told).as("a screen that stopped listening is not told").hasSize(1);
        }
    }
}
