package com.ublives.recovery.cli.clinic;

import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.cli.CommandGroup;
import picocli.CommandLine.Command;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import static com.ublives.recovery.cli.CommandGroup.inOrder;
import static com.ublives.recovery.cli.CommandGroup.sub;

/** {@code clinic}: the clinic's profile, printed on every aftercare sheet. */
@Command(name = "clinic", mixinStandardHelpOptions = true)
public final class ClinicCommand implements Callable<Integer>, CommandGroup {

    @Override
    public Map<String, Supplier<Object>> subcommands() {
        return inOrder(
                sub("set", ClinicSetCommand::new),
                sub("show", ClinicShowCommand::new),
                sub("client", ClinicClientCommand::new),
                sub("session", ClinicSessionCommand::new));
    }

    @Override
    public Integer call() {
        throw new BadInputException(CliLanguage.say("clinic.needsCommand"));
    }
}
