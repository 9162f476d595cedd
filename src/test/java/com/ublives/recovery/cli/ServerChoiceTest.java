package com.ublives.recovery.cli;

import com.ublives.recovery.storage.ServerAddress;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which clinic server a command uses: options over the environment, the password from the environment only. */
class ServerChoiceTest {

    private static final Map<String, String> ENV = Map.of(
            ServerChoice.URL_ENV, "jdbc:postgresql://10.0.0.5:5432/recovery?sslmode=require",
            ServerChoice.USER_ENV, "frontdesk",
            ServerChoice.PASSWORD_ENV, "Pa55-from-env");

    @Test
    void theEnvironmentNamesTheServerItsUserAndPasswordWhichNeverShows() {
        ServerAddress server = ServerChoice.of(false, null, null, ENV).address();

        assertThat(server.url()).isEqualTo("jdbc:postgresql://10.0.0.5:5432/recovery?sslmode=require");
        assertThat(server.user()).isEqualTo("frontdesk");
        assertThat(server.hasPassword()).isTrue();
        assertThat(server.describe()).isEqualTo("10.0.0.5:5432/recovery");
        assertThat(server.toString() + server.describe() + server.url()).doesNotContain("Pa55-from-env");
    }

    @Test
    void optionsWinOverTheEnvironmentAndADataFolderOptionSetsTheEnvironmentsServerAside() {
        ServerAddress server = ServerChoice.of(false, "jdbc:postgresql://127.0.0.1:6543/other", "room2", ENV).address();
        assertThat(server.url()).isEqualTo("jdbc:postgresql://127.0.0.1:6543/other");
        assertThat(server.user()).isEqualTo("room2");

        assertThat(ServerChoice.of(true, null, null, ENV).address()).isNull();
        assertThat(ServerChoice.of(false, null, null, Map.of()).address()).isNull();
    }

    @Test
    void aBadAddressFromTheEnvironmentIsNamedAsSuch() {
        assertThatThrownBy(() -> ServerChoice.of(false, null, null, Map.of(ServerChoice.URL_ENV, "postgres://x/y")))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("$" + ServerChoice.URL_ENV + " must look like jdbc:postgresql://HOST:5432/DATABASE");
        assertThatThrownBy(() -> ServerChoice.of(false, "jdbc:postgresql://h:5432/d", " ", Map.of()))
                .hasMessage("--db-user must name a user of the server, got an empty value");
    }
}
