package com.ublives.recovery;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTest {

    @Test
    void noArgumentsOpenTheWindow() {
        assertThat(Launcher.opensWindow(List.of())).isTrue();
        assertThat(Launcher.dataDirOption(List.of())).isNull();
    }

    @Test
    void onlyADataDirectoryOpensTheWindowOnIt() {
        assertThat(Launcher.opensWindow(List.of("--data-dir", "/tmp/x"))).isTrue();
        assertThat(Launcher.dataDirOption(List.of("--data-dir", "/tmp/x"))).isEqualTo("/tmp/x");
        assertThat(Launcher.opensWindow(List.of("--data-dir=/tmp/y"))).isTrue();
        assertThat(Launcher.dataDirOption(List.of("--data-dir=/tmp/y"))).isEqualTo("/tmp/y");
    }

    @Test
    void anythingElseRunsTheCommandLine() {
        assertThat(Launcher.opensWindow(List.of("--help"))).isFalse();
        assertThat(Launcher.opensWindow(List.of("plan", "--massage", "swedish"))).isFalse();
        assertThat(Launcher.opensWindow(List.of("catalog", "--data-dir", "/tmp/x"))).isFalse();
        assertThat(Launcher.opensWindow(List.of("--data-dir"))).isFalse();
        assertThat(Launcher.opensWindow(List.of("--data-dir", "--help"))).isFalse();
        assertThat(Launcher.opensWindow(List.of("--data-dir", "/tmp/x", "plan"))).isFalse();
    }
}
