package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.Services;
import com.ublives.recovery.clinic.AftercareSheets;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.clinic.ClinicSession;
import com.ublives.recovery.clinic.NewSession;
import com.ublives.recovery.clinic.ClinicProfile;
import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.clinic.sheet.SheetFont;
import com.ublives.recovery.clinic.sheet.SheetRenderer;
import com.ublives.recovery.ui.BackgroundTasks;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;

/**
 * The clinic's services on a real H2 file in a temp folder, a fixed clock, recording dialogs and
 * printer. With the direct "FX thread" the view models run without any toolkit.
 */
final class ClinicFixture implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    /** "Now" in every test: 12 May 2026, 17:00. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 12, 17, 0);
    static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.messages");
    private static final SheetFont FONT = SheetFont.load();

    final Services services;
    final Clock clock;
    final ClinicService clinic;
    final AftercareSheets sheets;
    final SheetPages pages;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final RecordingPrinter printer = new RecordingPrinter();
    final BackgroundTasks tasks;
    final Executor fx;

    ClinicFixture(Path dir, Executor fx) {
        this(dir, fx, NOW);
    }

    /** With another "now": a folder whose sessions lie after NOW needs a later one to edit them. */
    ClinicFixture(Path dir, Executor fx, LocalDateTime now) {
        this.fx = fx;
        this.clock = Clock.fixed(now.atZone(ZONE).toInstant(), ZONE);
        services = Services.open(dir);
        clinic = new ClinicService(services.database().dataSource(), services.planner(), clock);
        sheets = new AftercareSheets(clinic, services.planner());
        pages = new SheetPages(new SheetRenderer(FONT, clock));
        tasks = new BackgroundTasks(fx);
    }

    /** Without a toolkit: callbacks run on the worker thread, before the returned future completes. */
    static ClinicFixture direct(Path dir) {
        return new ClinicFixture(dir, Runnable::run);
    }

    ClinicScreen.Parts parts() {
        return new ClinicScreen.Parts(clinic, sheets, services.planner(), pages, printer, dialogs, tasks, fx, TEXTS, clock);
    }

    SheetOutput output() {
        return new SheetOutput(pages, printer, dialogs, tasks, fx, TEXTS);
    }

    void setUpClinic() {
        clinic.saveProfile(new ClinicProfile("Harbour Street Massage Clinic", "12 Harbour Street, Gdańsk",
                "+48 58 123 45 67", "", "", null, List.of("Anna Nowak", "Jan Kowalski"), Paper.A4, ""));
    }

    Client client(String name, String... conditions) {
        return clinic.addClient(new Client(null, name, "", "", List.of(conditions), ""));
    }

    ClinicSession session(Client client, LocalDateTime at, String massage, int soreness) {
        return clinic.recordSession(NewSession.of(client.id(), at.atZone(ZONE).toInstant(), massage, soreness)
                .withTherapist("Anna Nowak"));
    }

    @Override
    public void close() {
        tasks.close();
        services.close();
    }
}
