package com.ublives.recovery.cli.clinic;

import com.ublives.recovery.cli.BadInputException;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code clinic}: the clinic's profile, printed on every aftercare sheet. */
@Command(name = "clinic", mixinStandardHelpOptions = true,
        description = "The clinic's profile (name, contact, logo, paper, footer) printed on aftercare sheets.",
        subcommands = {ClinicSetCommand.class, ClinicShowCommand.class})
public final class ClinicCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException("clinic needs a command: set or show (see clinic --help)");
    }
}
