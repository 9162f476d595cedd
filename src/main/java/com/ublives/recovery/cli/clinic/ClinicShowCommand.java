package com.ublives.recovery.cli.clinic;

import com.ublives.recovery.cli.CliLanguage;
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
                out.println(CliLanguage.say("clinic.show.none"));
            } else {
                out.println(CliLanguage.say("clinic.show.name", p.name()));
                out.println(CliLanguage.say("clinic.show.address", p.address()));
                out.println(CliLanguage.say("clinic.show.phone", p.phone()));
                out.println(CliLanguage.say("clinic.show.email", p.email()));
                out.println(CliLanguage.say("clinic.show.website", p.website()));
                out.println(CliLanguage.say("clinic.show.logo", p.hasLogo() ? CliLanguage.say("backup.kilobytes", p.logo().length / 1024)
                        : CliLanguage.say("clinic.show.noLogo")));
                out.println(CliLanguage.say("clinic.show.therapists", String.join(", ", p.therapists())));
                out.println(CliLanguage.say("clinic.show.paper", p.paper().id()));
                out.println(CliLanguage.say("clinic.show.footer", p.footer()));
            }
            out.flush();
            return 0;
        }
    }
}
