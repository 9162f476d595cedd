package com.ublives.recovery.clinic;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The clinic as its sheets show it. Every text may be empty except the name once the clinic is set up;
 * the logo is the PNG or JPEG file's bytes, or null.
 */
public record ClinicProfile(String name, String address, String phone, String email, String website,
                            byte[] logo, List<String> therapists, Paper paper, String footer) {

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
