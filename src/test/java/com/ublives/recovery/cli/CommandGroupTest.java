package com.ublives.recovery.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A call builds only the subcommand it names (CommandGroup: picocli's reflection over all eleven of the
 * journal's was a fifth of `journal status`); a call that names none builds them all, so its help and
 * its refusals read as before.
 */
class CommandGroupTest {

    @Test
    void aCallBuildsOnlyTheSubcommandItNames() {
        CommandLine status = Cli.commandLine("journal", "status", "--data-dir", "x");
        assertThat(status.getSubcommands()).containsOnlyKeys("journal");
        assertThat(status.getSubcommands().get("journal").getSubcommands()).containsOnlyKeys("status");

        CommandLine clientAdd = Cli.commandLine("clinic", "client", "add", "--name", "Ana");
        CommandLine client = clientAdd.getSubcommands().get("clinic").getSubcommands().get("client");
        assertThat(clientAdd.getSubcommands().get("clinic").getSubcommands()).containsOnlyKeys("client");
        assertThat(client.getSubcommands()).containsOnlyKeys("add");
    }

    @Test
    void aCallNamingNoSubcommandBuildsThemAllInTheirOrder() {
        CommandLine journal = Cli.commandLine("journal", "--help").getSubcommands().get("journal");
        assertThat(journal.getSubcommands().keySet()).containsExactly("add", "check-in", "status", "close", "export",
                "import", "edit", "reopen", "delete", "reminders", "summary");
        // a subcommand named after an option is found among them all, as picocli always did
        CommandLine afterOption = Cli.commandLine("clinic", "--verbose", "session", "list").getSubcommands().get("clinic");
        assertThat(afterOption.getSubcommands()).containsOnlyKeys("set", "show", "client", "session");
        assertThat(afterOption.getSubcommands().get("session").getSubcommands()).containsOnlyKeys("add", "list");
    }

    /** Each group lists its subcommands by the names their annotations give them, so picocli finds them by those. */
    @Test
    void everyGroupNamesItsSubcommandsAsTheyNameThemselves() {
        List<String> checked = new ArrayList<>();
        walk(Cli.withEveryCommand(), checked);
        assertThat(checked).contains("journal status", "clinic client add", "clinic session list", "rules import",
                "backup restore", "db copy");
    }

    private static void walk(CommandLine cli, List<String> checked) {
        if (cli.getCommand() instanceof CommandGroup group) {
            Map<String, Supplier<Object>> subcommands = group.subcommands();
            assertThat(cli.getSubcommands().keySet()).as(cli.getCommandName()).containsExactlyElementsOf(subcommands.keySet());
            subcommands.forEach((name, make) -> {
                assertThat(new CommandLine(make.get()).getCommandName()).isEqualTo(name);
                checked.add(cli.getCommandSpec().qualifiedName(" ").replaceFirst("^recovery-planner ", "") + " " + name);
            });
        }
        cli.getSubcommands().values().forEach(sub -> walk(sub, checked));
    }

    @Test
    void theGroupsHelpListsEverySubcommandAndAMisspeltOneIsRefusedWithASuggestion() {
        StringWriter out = new StringWriter();
        assertThat(Cli.run(new String[]{"--lang", "en", "journal", "--help"}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true))).isZero();
        assertThat(out.toString()).contains("check-in", "status", "reminders", "summary");

        StringWriter err = new StringWriter();
        assertThat(Cli.run(new String[]{"--lang", "en", "journal", "stauts"}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true))).isEqualTo(2);
        assertThatThrownBy(() -> Cli.withEveryCommand().parseArgs("journal", "stauts"))
                .isInstanceOfSatisfying(CommandLine.ParameterException.class, refused ->
                        assertThat(err.toString().lines().toList()).containsExactly(ParseRefusal.sentence(refused)));
        assertThat(err.toString()).contains("status");
    }
}
