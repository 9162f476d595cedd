package com.ublives.recovery.cli.clinic;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.Services;
import com.ublives.recovery.cli.DataDirOption;
import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.clinic.ClinicProfile;
import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.clinic.Logo;
import com.ublives.recovery.clinic.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code clinic set}: stores the profile. Options left out keep their stored value, so the logo can
 * be set once and the phone changed later. Everything is checked before anything is stored.
 */
@Command(name = "set", mixinStandardHelpOptions = true, sortOptions = false)
public final class ClinicSetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--name", paramLabel = "NAME", required = true)
    private String name;

    @Option(names = "--phone", paramLabel = "P")
    private String phone;

    @Option(names = "--address", paramLabel = "A")
    private String address;

    @Option(names = "--email", paramLabel = "E")
    private String email;

    @Option(names = "--website", paramLabel = "W")
    private String website;

    @Option(names = "--logo", paramLabel = "FILE")
    private Path logo;

    @Option(names = "--no-logo")
    private boolean noLogo;

    @Option(names = "--therapist", paramLabel = "NAME")
    private List<String> therapists;

    @Option(names = "--paper", paramLabel = "a4|letter")
    private String paper;

    @Option(names = "--footer", paramLabel = "TEXT")
    private String footer;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        Paper paperChoice = paper == null ? null : Paper.fromId(paper);
        if (paper != null && paperChoice == null) {
            throw new BadInputException(CliLanguage.say("clinic.paper", paper));
        }
        if (logo != null && noLogo) {
            throw new BadInputException(CliLanguage.say("clinic.logoTwice"));
        }
        byte[] logoBytes = logo == null ? null : readLogo(logo);
        try (Services services = dataDir.open()) {
            ClinicService clinic = services.clinic();
            ClinicProfile old = clinic.profile();
            ClinicProfile profile = new ClinicProfile(name, or(address, old.address()), or(phone, old.phone()),
                    or(email, old.email()), or(website, old.website()),
                    noLogo ? null : logoBytes != null ? logoBytes : old.logo(),
                    therapists != null ? therapists : old.therapists(),
                    paperChoice != null ? paperChoice : old.paper(), or(footer, old.footer()), old.version());
            clinic.saveProfile(profile);
            spec.commandLine().getOut().println(CliLanguage.say("clinic.saved", profile.name()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    private static String or(String given, String stored) {
        return given != null ? given : stored;
    }

    private static byte[] readLogo(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(CliLanguage.say("clinic.logo.none", file));
        }
        try {
            return Logo.load(file, file.toString());
        } catch (IOException e) {
            throw new BadInputException(CliLanguage.say("clinic.logo.unreadable", file, e.getMessage()));
        }
    }
}
