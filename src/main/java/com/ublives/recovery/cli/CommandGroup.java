package com.ublives.recovery.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A command whose work is done by subcommands of its own ({@code journal status}). They are listed here
 * and not in its {@code @Command} annotation: picocli reflects over every annotated subcommand whichever
 * one a call names, which cost {@code journal status} a fifth of its time, so {@link Cli} builds only the
 * subcommand a call names and all of them only for a call that names none (its help, a misspelt one).
 */
public interface CommandGroup {

    /** The subcommands by name, in the order the usage help lists them. */
    Map<String, Supplier<Object>> subcommands();

    /** One subcommand: the name it is called by, and how to make it. */
    static Map.Entry<String, Supplier<Object>> sub(String name, Supplier<Object> make) {
        return Map.entry(name, make);
    }

    /** The subcommands in the order given. */
    @SafeVarargs
    static Map<String, Supplier<Object>> inOrder(Map.Entry<String, Supplier<Object>>... subs) {
        Map<String, Supplier<Object>> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<Object>> sub : subs) {
            ordered.put(sub.getKey(), sub.getValue());
        }
        return ordered;
    }
}
