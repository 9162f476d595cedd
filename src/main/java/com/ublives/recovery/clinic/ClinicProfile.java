package com.ublives.recovery.clinic;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The clinic as its sheets show it. Every text may be empty except the name once the clinic is set up;
 * the logo is the PNG or JPEG file's bytes, or null. Version is the stored row's version when it was read
 * (0: none was stored), which a save must still find (no lost update between desks); it is not part of
 * what the profile says, so equality leaves it out.
 */
public record ClinicProfile(String name, String address, String phone, String email, String website,
                            byte[] logo, List<String> therapists, Paper paper, String footer, int version) {

    /** A profile as given, not read from the table (version 0). */
    public ClinicProfile(String name, String address, String phone, String email, String website,
                         byte[] logo, List<String> therapists, Paper paper, String footer) {
        this(name, address, phone, email, website, logo, therapists, paper, footer, 0);
    }

    public ClinicProfile {
        name = text(name);
        address = text(address);
        phone = text(phone);
        email = text(email);
        website = text(website);
        logo = logo == null || logo.length == 0 ? null : logo;
        therapists = therapists == null ? List.of() : List.copyOf(therapists);
        paper = paper == null ? Paper.A4 : paper;
        footer = text(footer);
    }

    /** What a clinic that has not been set up yet prints: no name, A4. */
    public static ClinicProfile unset() {
        return new ClinicProfile("", "", "", "", "", null, List.of(), Paper.A4, "");
    }

    public ClinicProfile withVersion(int newVersion) {
        return new ClinicProfile(name, address, phone, email, website, logo, therapists, paper, footer, newVersion);
    }

    public boolean hasLogo() {
        return logo != null;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    // A record compares arrays by identity; a profile is a value, so compare the logo's bytes.
    @Override
    public boolean equals(Object o) {
        return o instanceof ClinicProfile p && name.equals(p.name) && address.equals(p.address)
                && phone.equals(p.phone) && email.equals(p.email) && website.equals(p.website)
                && Arrays.equals(logo, p.logo) && therapists.equals(p.therapists) && paper == p.paper
                && footer.equals(p.footer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, phone, email, website, Arrays.hashCode(logo), therapists, paper, footer);
    }

    @Override
    public String toString() {
        return "ClinicProfile[" + name + ", logo " + (logo == null ? "none" : logo.length + " bytes") + ", " + paper + "]";
    }
}
