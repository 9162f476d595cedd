package com.ublives.recovery.bench;

/** The reference of the command-line aims: a Java hello world, on the same runtime (CommandLineBenchmark). */
public final class HelloWorld {

    private HelloWorld() {
    }

    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
