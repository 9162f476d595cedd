package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.ChangedElsewhereException;
import com.ublives.recovery.clinic.ClinicProfile;
import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.clinic.Logo;
import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.rules.InputError;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.ui.FailureText;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;

/**
 * The clinic's profile form; no nodes. Therapists are typed one per line. The logo is checked as
 * soon as it is chosen, so a bad file is refused with a reason before anything is saved.
 */
public final class ProfileViewModel {

    private static final List<String> IMAGE_FILES = List.of("*.png", "*.jpg", "*.jpeg", "*.PNG", "*.JPG", "*.JPEG");

    private final ClinicService clinic;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final ResourceBundle texts;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty website = new SimpleStringProperty(this, "website", "");
    private final StringProperty therapists = new SimpleStringProperty(this, "therapists", "");
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper", Paper.A4);
    private final StringProperty footer = new SimpleStringProperty(this, "footer", "");
    private final ReadOnlyObjectWrapper<byte[]> logo = new ReadOnlyObjectWrapper<>(this, "logo");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError");
    private final FormMessage message = new FormMessage();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<ClinicProfile> saved = new ReadOnlyObjectWrapper<>(this, "saved");

    public ProfileViewModel(ClinicService clinic, DialogService dialogs, BackgroundTasks tasks, ResourceBundle texts) {
        this.clinic = clinic;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.texts = texts;
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty addressProperty() { return address; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty emailProperty() { return email; }
    public StringProperty websiteProperty() { return website; }
    /** One therapist per line. */
    public StringProperty therapistsProperty() { return therapists; }
    public ObjectProperty<Paper> paperProperty() { return paper; }
    public StringProperty footerProperty() { return footer; }
    /** The logo's PNG or JPEG bytes, or null. */
    public ReadOnlyObjectProperty<byte[]> logoProperty() { return logo.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nameErrorProperty() { return nameError.getReadOnlyProperty(); }
    /** What happened last ("Saved.", a refusal), shown under the form. */
    public ReadOnlyStringProperty messageProperty() { return message.textProperty(); }
    public javafx.beans.property.ReadOnlyBooleanProperty messageIsErrorProperty() { return message.errorProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** The profile as last loaded or saved; other screens listen to it. */
    public ReadOnlyObjectProperty<ClinicProfile> savedProperty() { return saved.getReadOnlyProperty(); }

    public List<Paper> papers() {
        return Arrays.asList(Paper.values());
    }

    public CompletableFuture<ClinicProfile> load() {
        busy.set(true);
        return tasks.run(clinic::profile, this::show, this::failed);
    }

    /** Asks for an image file; a file that is not a readable PNG or JPEG is refused and the old logo stays. */
    public CompletableFuture<byte[]> chooseLogo() {
        Optional<Path> chosen = dialogs.chooseFileToOpen(texts.getString("clinic.profile.logo.choose"),
                List.of(new DialogService.FileType(texts.getString("clinic.profile.logo.files"), IMAGE_FILES)));
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(logo.get());
        }
        Path file = chosen.get();
        return tasks.run(() -> Logo.load(file, file.getFileName().toString()), bytes -> {
            logo.set(bytes);
            message.done(java.text.MessageFormat.format(texts.getString("clinic.profile.logo.chosen"), file.getFileName()));
        }, failure -> {
            String reason = failure instanceof InvalidInputException invalid
                    ? FailureText.sentence(invalid, texts)
                    : FailureText.sentence(failure, texts);
            message.failed(reason);
            dialogs.showError(texts.getString("clinic.profile.logo.refused"), reason);
        });
    }

    public void removeLogo() {
        logo.set(null);
    }

    public CompletableFuture<ClinicProfile> save() {
        ClinicProfile profile = new ClinicProfile(name.get(), address.get(), phone.get(), email.get(), website.get(),
                logo.get(), therapistList(), paper.get(), footer.get(), saved.get() == null ? 0 : saved.get().version());
        busy.set(true);
        return tasks.run(() -> clinic.saveProfile(profile), stored -> {
            show(stored);
            message.done(texts.getString("clinic.profile.saved"));
        }, this::failed);
    }

    List<String> therapistList() {
        return therapists.get().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private void show(ClinicProfile p) {
        busy.set(false);
        nameError.set(null);
        name.set(p.name());
        address.set(p.address());
        phone.set(p.phone());
        email.set(p.email());
        website.set(p.website());
        therapists.set(String.join("\n", p.therapists()));
        paper.set(p.paper());
        footer.set(p.footer());
        logo.set(p.logo());
        saved.set(p);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof InvalidInputException invalid) {
            nameError.set(null);
            for (InputError error : invalid.errors()) {
                if (error.input().equals("name")) {
                    nameError.set(FailureText.described(error, texts));
                }
            }
            message.failed(FailureText.sentence(invalid, texts));
        } else {
            message.failed(FailureText.sentence(failure, texts));
            dialogs.showError(texts.getString("clinic.failed"), FailureText.sentence(failure, texts));
            if (ChangedElsewhereException.causedIn(failure)) {
                load(); // another desk saved the profile first: the form shows what is stored now
            }
        }
    }
}
