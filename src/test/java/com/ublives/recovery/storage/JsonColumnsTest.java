package com.ublives.recovery.storage;

import com.ublives.recovery.rules.Level;
import com.ublives.recovery.rules.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lists kept as JSON in a column read back as written, token by token. */
class JsonColumnsTest {

    @Test
    void idsAndWarningsReadBackAsWritten() {
        List<Outcome.Warning> warnings = List.of(new Outcome.Warning(Level.EMERGENCY, "red-flag.fever", "Call a doctor \u201cnow\u201d"),
                new Outcome.Warning(Level.CAUTION, "sharp-pain", "Sharp pain: ease off"));

        assertThat(JsonColumns.warnings(JsonColumns.write(warnings))).isEqualTo(warnings);
        assertThat(JsonColumns.ids(JsonColumns.write(List.of("a", "b\"c")))).containsExactly("a", "b\"c");
        assertThat(JsonColumns.ids(null)).isEmpty();
        assertThat(JsonColumns.warnings("[]")).isEmpty();
    }

    @Test
    void aWarningStoredWithItsDerivedFieldIsStillRead() {
        assertThat(JsonColumns.warnings("[{\"level\":\"WARNING\",\"code\":\"past-72-hours\",\"message\":\"See someone\",\"redFlag\":false}]"))
                .containsExactly(new Outcome.Warning(Level.WARNING, "past-72-hours", "See someone"));
    }

    @Test
    void anUnreadableColumnIsRefused() {
        assertThatThrownBy(() -> JsonColumns.ids("{\"a\": 1}")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unreadable JSON column");
        assertThatThrownBy(() -> JsonColumns.warnings("[{\"level\":\"LOUD\"}]")).isInstanceOf(IllegalStateException.class);
    }
}
