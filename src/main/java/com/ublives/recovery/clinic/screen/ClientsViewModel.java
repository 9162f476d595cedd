package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.i18n.Language;

import com.ublives.recovery.clinic.ChangedElsewhereException;
import com.ublives.recovery.ui.Choice;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.rules.InputError;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.ui.FailureText;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client list (searched by name as one types) and the form of the client being edited; no nodes.
 * Delete asks first. Every change to the list is announced through {@link #changesProperty()} so the
 * sessions form can offer the new client at once.
 */
public final class ClientsViewModel {

    private final ClinicService clinic;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final ResourceBundle texts;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Client> clients = FXCollections.observableArrayList();
    private final ObjectProperty<Client> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final List<Choice> conditions;
    /** The language the client's sheets print in; a new client's is the desk's. */
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final Language desk;
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError");
    private final FormMessage message = new FormMessage();
    private final ReadOnlyStringWrapper emptyList = new ReadOnlyStringWrapper(this, "emptyList", "");
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper(this, "formTitle");
    private final ReadOnlyBooleanWrapper editingStored = new ReadOnlyBooleanWrapper(this, "editingStored");
    private final ReadOnlyStringWrapper changes = new ReadOnlyStringWrapper(this, "changes", "");
    // Searches run as one types; only the answer to the latest one may fill the list.
    private final AtomicLong searchNumber = new AtomicLong();

    public ClientsViewModel(ClinicService clinic, RuleSet rules, DialogService dialogs, BackgroundTasks tasks,
                            ResourceBundle texts) {
        this.clinic = clinic;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.texts = texts;
        this.desk = Language.of(texts.getLocale());
        this.conditions = Choice.of(rules.conditions(), c -> c.id(), c -> c.label());
        query.addListener((obs, old, now) -> search());
        selected.addListener((obs, old, now) -> edit(now));
        edit(null);
    }

    public StringProperty queryProperty() { return query; }
    public ObservableList<Client> clients() { return clients; }
    /** The client chosen in the list; choosing one fills the form. */
    public ObjectProperty<Client> selectedProperty() { return selected; }
    public StringProperty nameProperty() { return name; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty emailProperty() { return email; }
    public StringProperty notesProperty() { return notes; }
    public ObjectProperty<Language> languageProperty() { return language; }
    public List<Choice> conditions() { return conditions; }
    public ReadOnlyStringProperty nameErrorProperty() { return nameError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.textProperty(); }
    public javafx.beans.property.ReadOnlyBooleanProperty messageIsErrorProperty() { return message.errorProperty(); }
    /** What the empty list says: how to add the first client, or that none matches the search. */
    public ReadOnlyStringProperty emptyListProperty() { return emptyList.getReadOnlyProperty(); }
    public ReadOnlyStringProperty formTitleProperty() { return formTitle.getReadOnlyProperty(); }
    /** True while the form shows a stored client (so Delete makes sense). */
    public ReadOnlyBooleanProperty editingStoredProperty() { return editingStored.getReadOnlyProperty(); }
    /** Changes its value each time a client is added, changed or deleted. */
    public ReadOnlyStringProperty changesProperty() { return changes.getReadOnlyProperty(); }

    public CompletableFuture<List<Client>> search() {
        long number = searchNumber.incrementAndGet();
        String text = query.get();
        return tasks.run(() -> clinic.searchClients(text), found -> {
            if (number == searchNumber.get()) {
                emptyList.set(text == null || text.isBlank() ? texts.getString("clinic.clients.noneYet")
                        : MessageFormat.format(texts.getString("clinic.clients.none"), text.strip()));
                Client keep = selected.get();
                clients.setAll(found);
                if (keep != null) {
                    found.stream().filter(c -> c.id().equals(keep.id())).findFirst().ifPresent(selected::set);
                }
            }
        }, this::failed);
    }

    /** An empty form for a new client. */
    public void newClient() {
        selected.set(null);
        edit(null);
    }

    public CompletableFuture<Client> save() {
        Client current = selected.get();
        Client client = new Client(current == null ? null : current.id(), name.get(), phone.get(), email.get(),
                Choice.selectedIds(conditions), notes.get(), current == null ? 0 : current.version(),
                language.get() == null ? desk : language.get());
        return tasks.run(() -> client.id() == null ? clinic.addClient(client) : clinic.updateClient(client), stored -> {
            message.done(MessageFormat.format(texts.getString(client.id() == null ? "clinic.clients.added"
                    : "clinic.clients.updated"), stored.name()));
            announce();
            selected.set(stored);
            search();
        }, this::failed);
    }

    /** Asks first; a client is deleted only when the person confirms. */
    public CompletableFuture<Void> delete() {
        Client current = selected.get();
        if (current == null) {
            return CompletableFuture.completedFuture(null);
        }
        boolean sure = dialogs.confirm(texts.getString("clinic.clients.delete.title"),
                MessageFormat.format(texts.getString("clinic.clients.delete.message"), current.name()),
                texts.getString("clinic.clients.delete.action"));
        if (!sure) {
            return CompletableFuture.completedFuture(null);
        }
        return tasks.run(() -> {
            clinic.deleteClient(current.id());
            return (Void) null;
        }, none -> {
            message.done(MessageFormat.format(texts.getString("clinic.clients.deleted"), current.name()));
            announce();
            newClient();
            search();
        }, this::failed);
    }

    private void edit(Client client) {
        nameError.set(null);
        name.set(client == null ? "" : client.name());
        phone.set(client == null ? "" : client.phone());
        email.set(client == null ? "" : client.email());
        notes.set(client == null ? "" : client.notes());
        language.set(client == null ? desk : client.language());
        Choice.select(conditions, client == null ? List.of() : client.conditions());
        editingStored.set(client != null);
        formTitle.set(client == null ? texts.getString("clinic.clients.new")
                : MessageFormat.format(texts.getString("clinic.clients.edit"), client.name()));
    }

    private void announce() {
        changes.set(Long.toString(System.nanoTime()));
    }

    private void failed(Throwable failure) {
        if (failure instanceof InvalidInputException invalid) {
            nameError.set(invalid.errors().stream().filter(e -> e.input().equals("name")).findFirst()
                    .map(e -> FailureText.described(e, texts)).orElse(null));
            message.failed(FailureText.sentence(invalid, texts));
            if (invalid.errors().stream().map(InputError::input).anyMatch("client"::equals)) {
                // The only refusal of a stored client: sessions still name them (the journal needs them).
                Client current = selected.get();
                String reason = MessageFormat.format(texts.getString("clinic.clients.hasSessions"),
                        current == null ? "" : current.name());
                message.failed(reason);
                dialogs.showError(texts.getString("clinic.clients.notDeleted"), reason);
            }
        } else {
            message.failed(FailureText.sentence(failure, texts));
            dialogs.showError(texts.getString("clinic.failed"), FailureText.sentence(failure, texts));
            if (ChangedElsewhereException.causedIn(failure)) {
                reloadSelected();
            }
        }
    }

    /** Another desk saved the client first: the form shows what is stored now, so nothing is overwritten. */
    private void reloadSelected() {
        Client current = selected.get();
        if (current != null) {
            tasks.run(() -> clinic.client(current.id()), found -> found.ifPresent(selected::set), failure -> dialogs.showError(texts.getString("clinic.failed"), FailureText.sentence(failure, texts)));
        }
    }
}
