package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.i18n.Conventions;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.clinic.ClinicSession;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.ui.FailureText;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One client's history of sessions, newest first, beside the client's form: open a session (in the session
 * form, to read or change it) or delete it, after asking. No nodes.
 */
public final class ClientHistoryViewModel {


    private final ClinicService clinic;
    private final RuleSet rules;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final ResourceBundle texts;
    private final ZoneId zone;
    private Consumer<ClinicSession> opener = session -> { };

    private final ObjectProperty<Client> client = new SimpleObjectProperty<>(this, "client");
    private final ObservableList<ClinicSession> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<ClinicSession> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ClinicSession> deleted = new ReadOnlyObjectWrapper<>(this, "deleted");
    // The client may change while a history is read; only the answer for the latest one may fill the list.
    private final AtomicLong loadNumber = new AtomicLong();

    public ClientHistoryViewModel(ClinicService clinic, RuleSet rules, DialogService dialogs, BackgroundTasks tasks,
                                  ResourceBundle texts, ZoneId zone) {
        this.clinic = clinic;
        this.rules = rules;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.texts = texts;
        this.zone = zone;
        client.addListener((obs, old, now) -> {
            boolean sameClient = old != null && now != null && old.id().equals(now.id());
            if (!sameClient) {
                message.set("");
            }
            load();
        });
    }

    /** The client whose sessions are listed (the one chosen in the client list), or null. */
    public ObjectProperty<Client> clientProperty() { return client; }
    public ObservableList<ClinicSession> sessions() { return sessions; }
    public ObjectProperty<ClinicSession> selectedProperty() { return selected; }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The session deleted last, so a form that shows it can let it go. */
    public ReadOnlyObjectProperty<ClinicSession> deletedProperty() { return deleted.getReadOnlyProperty(); }

    /** What Open does with the chosen session (the clinic screen shows it in the session form). */
    public void setOpener(Consumer<ClinicSession> opener) {
        this.opener = opener;
    }

    /** An entry of the list: when, then massage and therapist on a second line (the column is narrow). */
    public String describe(ClinicSession s) {
        MassageType type = rules.massageType(s.massage());
        String what = type == null ? s.massage() : type.name();
        return Conventions.of(texts).dateTimeWithYear(s.startedAt(), zone) + "\n"
                + (s.therapist() == null || s.therapist().isBlank() ? what : what + "  ·  " + s.therapist());
    }

    public CompletableFuture<List<ClinicSession>> load() {
        long number = loadNumber.incrementAndGet();
        Client who = client.get();
        if (who == null || who.id() == null) {
            sessions.clear();
            selected.set(null);
            title.set("");
            return CompletableFuture.completedFuture(List.of());
        }
        return tasks.run(() -> clinic.sessionsOf(who.id()), found -> {
            if (number != loadNumber.get()) {
                return;
            }
            Long keep = selected.get() == null ? null : selected.get().id();
            sessions.setAll(found);
            selected.set(found.stream().filter(s -> keep != null && s.id() == keep).findFirst().orElse(null));
            title.set(MessageFormat.format(texts.getString("clinic.history.title"), who.name(), found.size()));
        }, this::failed);
    }

    /** Shows the chosen session in the session form. */
    public void open() {
        ClinicSession session = selected.get();
        if (session != null) {
            opener.accept(session);
        }
    }

    /** Asks first; the session (and any check-ins kept with it) is deleted only when the person confirms. */
    public CompletableFuture<Void> delete() {
        ClinicSession session = selected.get();
        if (session == null) {
            return CompletableFuture.completedFuture(null);
        }
        String when = Conventions.of(texts).dateTimeWithYear(session.startedAt(), zone);
        boolean sure = dialogs.confirm(texts.getString("clinic.history.delete.title"),
                MessageFormat.format(texts.getString("clinic.history.delete.message"), session.client().name(), when),
                texts.getString("clinic.history.delete.action"));
        if (!sure) {
            return CompletableFuture.completedFuture(null);
        }
        return tasks.run(() -> {
            clinic.deleteSession(session.id());
            return (Void) null;
        }, none -> {
            message.set(MessageFormat.format(texts.getString("clinic.history.deleted"), session.client().name(), when));
            selected.set(null);
            deleted.set(session);
            load();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        String reason = FailureText.sentence(failure, texts);
        message.set(reason);
        dialogs.showError(texts.getString("clinic.failed"), reason);
    }
}
