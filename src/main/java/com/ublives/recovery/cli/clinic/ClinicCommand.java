package com.ublives.recovery.cli.clinic;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.cli.BadInputException;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code clinic}: the clinic's profile, printed on every aftercare sheet. */
@Command(name = "clinic", mixinStandardHelpOptions = true,
        subcommands = {ClinicSetCommand.class, ClinicShowCommand.class, ClinicClientCommand.class,
                ClinicSessionCommand.class})
public final class ClinicCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException(CliLanguage.say("clinic.needsCommand"));
    }
}
