package com.ublives.recovery.storage;

import com.ublives.recovery.Services;

import java.nio.file.Path;

/**
 * Child process that holds the services of a data folder open, as the window does (or as a command does,
 * with a second argument {@code command}), prints "ready", and closes them when its standard input closes.
 */
public final class ServicesHolderMain {

    public static void main(String[] args) throws Exception {
        Database.Stay stay = args.length > 1 && args[1].equals("command") ? Database.Stay.SHORT : Database.Stay.LONG;
        try (Services services = Services.open(DataLocation.folder(Path.of(args[0])), null, told -> { }, () -> { }, stay)) {
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
