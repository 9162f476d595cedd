package com.ublives.recovery.storage;

import com.ublives.recovery.Services;

import java.nio.file.Path;

/**
 * Child process that holds the services of a data folder open, as the window does, prints "ready", and
 * closes them when its standard input closes.
 */
public final class ServicesHolderMain {

    public static void main(String[] args) throws Exception {
        try (Services services = Services.open(Path.of(args[0]))) {
            services.journal().recoveries();
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the folder until the parent closes our input
            }
        }
        System.out.println("closed");
        System.out.flush();
    }
}
