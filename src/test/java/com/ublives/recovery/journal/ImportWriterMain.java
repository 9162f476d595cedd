package com.ublives.recovery.journal;

import com.ublives.recovery.Services;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child process of the import kill test: opens the journal, prints "ready", imports the file in one
 * go and prints "imported", unless it is killed first.
 */
public final class ImportWriterMain {

    public static void main(String[] args) throws Exception {
        try (Services services = Services.open(Path.of(args[0]));
             Reader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            System.out.println("ready");
            System.out.flush();
            services.journal().importJson(in);
            System.out.println("imported");
            System.out.flush();
        }
    }
}
