package com.ublives.recovery.cli.clinic;

import com.ublives.recovery.Services;
import com.ublives.recovery.cli.DataDirOption;
import com.ublives.recovery.clinic.ClinicProfile;
import com.ublives.recovery.clinic.ClinicService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code clinic show}: the stored profile, as the sheets will print it. */
@Command(name = "show", mixinStandardHelpOptions = true)
public final class ClinicShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        try (Services services = dataDir.open()) {
            ClinicProfile p = services.clinic().profile();
            PrintWriter out = spec.commandLine().getOut();
            if (p.name().isEmpty()) {
                out.println("The clinic is not set up yet: recovery-planner clinic set --name NAME ...");
            } else {
                out.println("Name:       " + p.name());
                out.println("Address:    " + p.address());
                out.println("Phone:      " + p.phone());
                out.println("E-mail:     " + p.email());
                out.println("Web site:   " + p.website());
                out.println("Logo:       " + (p.hasLogo() ? p.logo().length / 1024 + " KB" : "none"));
                out.println("Therapists: " + String.join(", ", p.therapists()));
                out.println("Paper:      " + p.paper().id());
                out.println("Footer:     " + p.footer());
            }
            out.flush();
            return 0;
        }
    }
}
