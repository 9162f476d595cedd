package com.ublives.recovery.clinic;

import com.ublives.recovery.i18n.Language;

import java.util.List;

/**
 * A client of the clinic. Conditions are health-condition ids of the rule set: every sheet for this
 * client leaves out the advice they make unsafe. Id is null until the client is stored; version is the
 * row's version when it was read, which a save must still find (no lost update between desks). Language
 * is the one the client reads: their aftercare sheet prints in it, whatever the desk's language.
 */
public record Client(Long id, String name, String phone, String email, List<String> conditions, String notes,
                     int version, Language language) {

    /** A client who reads English (the language of a client stored before clients had one). */
    public Client(Long id, String name, String phone, String email, List<String> conditions, String notes,
                  int version) {
        this(id, name, phone, email, conditions, notes, version, Language.ENGLISH);
    }

    /** A client as given (a new one, version 0); a stored one carries the version it was read at. */
    public Client(Long id, String name, String phone, String email, List<String> conditions, String notes) {
        this(id, name, phone, email, conditions, notes, 0);
    }

    public Client {
        name = name == null ? "" : name.strip();
        phone = phone == null ? "" : phone.strip();
        email = email == null ? "" : email.strip();
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        notes = notes == null ? "" : notes.strip();
        language = language == null ? Language.ENGLISH : language;
    }

    public static Client named(String name) {
        return new Client(null, name, "", "", List.of(), "");
    }

    public Client withVersion(int newVersion) {
        return new Client(id, name, phone, email, conditions, notes, newVersion, language);
    }

    public Client withId(long newId) {
        return new Client(newId, name, phone, email, conditions, notes, version, language);
    }

    public Client withLanguage(Language reads) {
        return new Client(id, name, phone, email, conditions, notes, version, reads);
    }
}
