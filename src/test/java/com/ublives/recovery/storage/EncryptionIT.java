package com.ublives.recovery.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ublives.recovery.FatJar;
import com.ublives.recovery.FatJar.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** An encrypted data folder through the fat jar: no readable text in the file or its backups, and a password for every command. */
class EncryptionIT {

    private static final String CLIENT = "Zoe Przybyszewska";
    private static final Map<String, String> RIGHT = Map.of("RECOVERY_PLANNER_PASSWORD", "correct horse battery");
    private static final Map<String, String> WRONG = Map.of("RECOVERY_PLANNER_PASSWORD", "wrong horse battery");

    @TempDir
    Path scratch;

    private Result run(Map<String, String> env, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", scratch.resolve("data").toString()));
        return new FatJar(scratch).run(env, all.toArray(String[]::new));
    }

    private Result ok(Map<String, String> env, String... args) throws Exception {
        Result r = run(env, args);
        assertThat(r.status()).as("%s: %s", String.join(" ", args), r.err()).isZero();
        return r;
    }

    private static boolean holdsName(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(CLIENT);
    }

    private byte[] dataFile() throws Exception {
        return Files.readAllBytes(scratch.resolve("data").resolve("recovery.mv.db"));
    }

    private List<byte[]> backupFiles() throws Exception {
        List<byte[]> all = new ArrayList<>();
        try (var zips = Files.list(scratch.resolve("data").resolve("backups"))) {
            for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).toList()) {
                try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry("recovery.mv.db"))) {
                    all.add(in.readAllBytes());
                }
            }
        }
        return all;
    }

    @Test
    void anEncryptedFolderHoldsNoReadableNameAndOpensOnlyWithItsPassword() throws Exception {
        ok(Map.of(), "clinic", "client", "add", "--name", CLIENT);
        ok(Map.of(), "backup", "create");
        assertThat(holdsName(dataFile())).as("readable before").isTrue();
        assertThat(backupFiles()).anyMatch(EncryptionIT::holdsName);

        Result on = ok(RIGHT, "encryption", "on");
        assertThat(on.out()).startsWith("Encryption is on for ");

        assertThat(holdsName(dataFile())).isFalse();
        assertThat(backupFiles()).hasSize(3).noneMatch(EncryptionIT::holdsName);

        Result none = run(Map.of(), "clinic", "client", "find");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.errLines()).singleElement().asString().contains("is encrypted").contains("RECOVERY_PLANNER_PASSWORD");

        Result wrong = run(WRONG, "clinic", "client", "find");
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.errLines()).containsExactly("The password does not open the encrypted data folder.");
        assertThat(wrong.out()).isEmpty();

        assertThat(ok(RIGHT, "clinic", "client", "find").out()).contains(CLIENT);
        ok(RIGHT, "clinic", "client", "add", "--name", "Another Client");
        ok(RIGHT, "backup", "create");
        JsonNode list = new ObjectMapper().readTree(ok(Map.of(), "backup", "list", "--json").out());
        assertThat(list.findValues("encrypted")).extracting(JsonNode::asBoolean).containsOnly(true);
        assertThat(backupFiles()).noneMatch(EncryptionIT::holdsName);
        assertThat(holdsName(dataFile())).isFalse();

        Result off = run(WRONG, "encryption", "off");
        assertThat(off.status()).isEqualTo(2);
        assertThat(off.errLines()).hasSize(1);

        ok(RIGHT, "encryption", "off");
        assertThat(ok(Map.of(), "clinic", "client", "find").out()).contains(CLIENT).contains("Another Client");
        assertThat(holdsName(dataFile())).isTrue();
    }

    @Test
    void aShortNewPasswordIsRefusedAndNothingChanges() throws Exception {
        ok(Map.of(), "clinic", "client", "add", "--name", CLIENT);

        Result r = run(Map.of("RECOVERY_PLANNER_PASSWORD", "short"), "encryption", "on");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("The password must have at least 8 characters; nothing was changed.");
        assertThat(ok(Map.of(), "clinic", "client", "find").out()).contains(CLIENT);
    }
}
