package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.ui.Choice;
import com.ublives.recovery.clinic.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientsViewModelTest {

    @TempDir
    Path dir;

    private ClinicFixture fixture;
    private ClientsViewModel model;

    @BeforeEach
    void open() {
        fixture = ClinicFixture.direct(dir);
        model = new ClientsViewModel(fixture.clinic, fixture.services.planner().ruleSet(), fixture.dialogs,
                fixture.tasks, ClinicFixture.TEXTS);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Client add(String name, String... conditions) {
        model.newClient();
        model.nameProperty().set(name);
        model.conditions().forEach(c -> c.selected().set(List.of(conditions).contains(c.id())));
        return model.save().join();
    }

    @Test
    void anAddedClientIsStoredWithItsConditionsAndChosenInTheList() {
        Client zoe = add("Zoë Łukasz-Müller", "blood-thinners");
        model.search().join();

        assertThat(fixture.clinic.client(zoe.id()).orElseThrow().conditions()).containsExactly("blood-thinners");
        assertThat(model.clients()).extracting(Client::name).containsExactly("Zoë Łukasz-Müller");
        assertThat(model.selectedProperty().get()).isEqualTo(zoe);
        assertThat(model.formTitleProperty().get()).isEqualTo("Edit Zoë Łukasz-Müller");
        assertThat(model.messageProperty().get()).isEqualTo("Added Zoë Łukasz-Müller.");
    }

    /** Another desk saved the client after this form was filled: refused, told by whom, and the form shows what is stored. */
    @Test
    void aSaveRefusedBecauseAnotherDeskSavedFirstSaysSoAndTheFormShowsWhatIsStored() throws InterruptedException {
        Client anna = add("Anna Nowak");
        // the list the save refreshes is in before the other desk saves; else the form could show its save first
        model.search().join();
        fixture.clinic.updateClient(new Client(anna.id(), "Anna Nowak-Kowalska", "111", "", List.of(), "", anna.version()));

        model.phoneProperty().set("+48 600 000 000");
        model.save().handle((stored, failure) -> failure).join();

        assertThat(model.messageProperty().get()).startsWith("The client Anna Nowak was changed on another desk by ")
                .contains("so your changes were not saved");
        assertThat(fixture.dialogs.errors).singleElement().asString().contains("changed on another desk");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!model.nameProperty().get().equals("Anna Nowak-Kowalska") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(model.nameProperty().get()).isEqualTo("Anna Nowak-Kowalska");
        assertThat(model.phoneProperty().get()).isEqualTo("111");
        assertThat(fixture.clinic.client(anna.id()).orElseThrow().phone()).isEqualTo("111");
    }

    @Test
    void typingPartOfANameWithoutAccentsFindsTheClient() {
        add("Zoë Łukasz-Müller");
        add("李小龍");
        add("Anna Nowak");

        model.queryProperty().set("lukasz");
        List<Client> found = model.search().join();

        assertThat(found).extracting(Client::name).containsExactly("Zoë Łukasz-Müller");
        assertThat(model.clients()).extracting(Client::name).containsExactly("Zoë Łukasz-Müller");
    }

    @Test
    void choosingAClientFillsTheFormAndSavingKeepsItsId() {
        Client anna = add("Anna Nowak", "pregnancy");
        model.newClient();
        model.selectedProperty().set(anna);
        assertThat(model.nameProperty().get()).isEqualTo("Anna Nowak");
        assertThat(model.conditions()).filteredOn(c -> c.selected().get()).extracting(Choice::id).containsExactly("pregnancy");

        model.phoneProperty().set("+48 600 000 000");
        Client saved = model.save().join();

        assertThat(saved.id()).isEqualTo(anna.id());
        assertThat(fixture.clinic.searchClients("")).singleElement().extracting(Client::phone).isEqualTo("+48 600 000 000");
    }

    @Test
    void aClientWithoutANameIsRefusedOnTheNameField() {
        model.newClient();
        model.save().exceptionally(refused -> null).join();

        assertThat(model.nameErrorProperty().get()).isEqualTo("Name is required");
        assertThat(fixture.clinic.searchClients("")).isEmpty();
    }

    @Test
    void deleteAsksFirstAndKeepsTheClientWhenTheAnswerIsNo() {
        add("Anna Nowak");
        fixture.dialogs.confirmAnswers.add(false);

        model.delete().join();

        assertThat(fixture.dialogs.confirmations).containsExactly(
                "Delete Anna Nowak and everything noted about them? This cannot be undone.");
        assertThat(fixture.clinic.searchClients("")).hasSize(1);
    }

    @Test
    void deleteRemovesTheClientWhenConfirmedAndClearsTheForm() {
        add("Anna Nowak");
        fixture.dialogs.confirmAnswers.add(true);

        model.delete().join();
        model.search().join();

        assertThat(fixture.clinic.searchClients("")).isEmpty();
        assertThat(model.clients()).isEmpty();
        assertThat(model.editingStoredProperty().get()).isFalse();
        assertThat(model.nameProperty().get()).isEmpty();
    }

    @Test
    void aClientWithSessionsIsNotDeletedAndThePersonIsToldWhy() {
        Client anna = add("Anna Nowak");
        fixture.session(anna, ClinicFixture.NOW.minusHours(1), "thai", 3);
        fixture.dialogs.confirmAnswers.add(true);

        model.delete().exceptionally(refused -> null).join();

        assertThat(fixture.clinic.searchClients("")).hasSize(1);
        assertThat(fixture.dialogs.errors).containsExactly("The client was not deleted: Anna Nowak has sessions on"
                + " record, so the client stays: their sessions and sheets need them.");
    }
}
