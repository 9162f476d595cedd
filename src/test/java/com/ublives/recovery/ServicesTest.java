package com.ublives.recovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;

import static org.assertj.core.api.Assertions.assertThat;

class ServicesTest {

    @Test
    void aSoundRuleSetOpensWithNoProblems(@TempDir Path dir) {
        try (Services services = Services.open(dir)) {
            assertThat(services.ruleSetProblems()).isEmpty();
            assertThat(services.planner().ruleSet().massageTypes()).isNotEmpty();
        }
    }

    @Test
    void aBrokenStoredRuleSetIsReportedAndTheLastGoodOneStaysInUse(@TempDir Path dir) throws Exception {
        String version;
        try (Services first = Services.open(dir)) {
            version = first.planner().ruleSet().version();
            try (Connection c = first.database().dataSource().getConnection();
                 PreparedStatement breakIt = c.prepareStatement("UPDATE band SET label = ? WHERE id = ?")) {
                breakIt.setString(1, "");
                breakIt.setString(2, "LIGHT");
                assertThat(breakIt.executeUpdate()).isEqualTo(1);
            }
        }

        try (Services reopened = Services.open(dir)) {
            assertThat(reopened.ruleSetProblems()).containsExactly("bands[LIGHT]: label is empty");
            assertThat(reopened.planner().ruleSet().version()).isEqualTo(version);
            assertThat(reopened.planner().ruleSet().bands()).allSatisfy(b -> assertThat(b.label()).isNotBlank());
        }
    }
}
