package com.ublives.recovery.clinic;

import com.ublives.recovery.clinic.sheet.SheetFixtures;
import com.ublives.recovery.journal.JournalService;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.storage.StorageException;
import com.ublives.recovery.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import com.ublives.recovery.server.Store;
import com.ublives.recovery.storage.DataLocation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The clinic's service, on an H2 data folder and on a real PostgreSQL server: the same assertions on both. */
@ParameterizedClass(name = "on {0}")
@EnumSource(Store.class)
class ClinicServiceTest {

    @Parameter
    Store store;
    @TempDir
    Path dir;
    private DataLocation where;

    private Database database;
    private ClinicService clinic;
    private JournalService journal;

    @BeforeEach
    void open() {
        where = where == null ? store.create(dir) : where;
        database = store.open(where);
        Clock clock = Clock.fixed(Instant.parse("2026-05-12T10:00:00Z"), ZoneId.of("Europe/Warsaw"));
        journal = JournalService.create(SheetFixtures.PLANNER, database.dataSource(), clock);
        clinic = new ClinicService(database.dataSource(), SheetFixtures.PLANNER, clock);
    }

    @AfterEach
    void close() {
        if (database != null) { // null when the run on PostgreSQL was skipped (no server programs)
            database.close();
        }
    }

    @Test
    void profileIsUnsetBeforeTheClinicIsSetUp() {
        assertThat(clinic.profile()).isEqualTo(ClinicProfile.unset());
    }

    @Test
    void savedProfileComesBackWithItsLogoTherapistsAndPaper() {
        ClinicProfile profile = SheetFixtures.clinic();
        ClinicProfile letter = new ClinicProfile(profile.name(), profile.address(), profile.phone(), profile.email(),
                profile.website(), profile.logo(), profile.therapists(), Paper.LETTER, profile.footer());
        clinic.saveProfile(letter);
        assertThat(clinic.profile()).isEqualTo(letter);
        assertThat(clinic.profile().logo()).isEqualTo(profile.logo());
    }

    @Test
    void savingAgainReplacesTheOneProfileAndSurvivesReopening() {
        ClinicProfile saved = clinic.saveProfile(SheetFixtures.clinic());
        ClinicProfile renamed = new ClinicProfile("Zdrowie Gabinet Łódź", "", "+48 1", "", "", null, List.of(), Paper.A4, "",
                saved.version());
        clinic.saveProfile(renamed);
        database.close();
        open();
        assertThat(clinic.profile()).isEqualTo(renamed);
    }

    /**
     * Two desks read the same client, session and clinic profile; the second to save is refused, told who
     * saved first and when, and nothing of the first desk's save is overwritten. On PostgreSQL each desk has
     * its own connections to the server; on H2 they share the folder's.
     */
    @Test
    void aSaveMadeOnWhatAnotherDeskHasChangedSinceIsRefusedSayingWhoAndWhenAndOverwritesNothing() {
        Clock fiveMinutesLater = Clock.fixed(Instant.parse("2026-05-12T10:05:00Z"), ZoneId.of("Europe/Warsaw"));
        try (Database otherDesk = store == Store.POSTGRESQL ? store.open(where) : null) {
            ClinicService deskB = new ClinicService((otherDesk == null ? database : otherDesk).dataSource(),
                    SheetFixtures.PLANNER, fiveMinutesLater);
            String byAndWhen = "changed on another desk by " + Change.desk() + " at 12 May 2026, 12:05 after you opened it";

            Client readByA = clinic.addClient(Client.named("Ana"));
            Client readByB = deskB.client(readByA.id()).orElseThrow();
            Client savedByB = deskB.updateClient(new Client(readByB.id(), "Ana B", "1", "", List.of(), "", readByB.version()));
            assertThatThrownBy(() -> clinic.updateClient(new Client(readByA.id(), "Ana A", "2", "", List.of(), "", readByA.version())))
                    .isInstanceOf(ChangedElsewhereException.class)
                    .hasMessageStartingWith("The client Ana A was " + byAndWhen + ", so your changes were not saved.");
            assertThat(clinic.client(readByA.id())).contains(savedByB);

            ClinicSession sessionA = clinic.recordSession(NewSession.of(readByA.id(), Instant.parse("2026-05-12T08:00:00Z"), "thai", 2));
            ClinicSession sessionB = deskB.session(sessionA.id()).orElseThrow();
            ClinicSession savedSessionB = deskB.updateSession(sessionB.id(), sessionB.version(),
                    NewSession.of(readByA.id(), sessionB.startedAt(), "swedish", 1));
            assertThatThrownBy(() -> clinic.updateSession(sessionA.id(), sessionA.version(),
                    NewSession.of(readByA.id(), sessionA.startedAt(), "deep-tissue", 4)))
                    .isInstanceOf(ChangedElsewhereException.class)
                    .hasMessageStartingWith("The session " + sessionA.id() + " was " + byAndWhen);
            assertThat(clinic.session(sessionA.id())).contains(savedSessionB);

            ClinicProfile unsetForA = clinic.profile();
            deskB.saveProfile(SheetFixtures.clinic().withVersion(deskB.profile().version()));
            assertThatThrownBy(() -> clinic.saveProfile(SheetFixtures.clinic().withVersion(unsetForA.version())))
                    .isInstanceOf(ChangedElsewhereException.class)
                    .hasMessageStartingWith("The clinic profile was " + byAndWhen);
            ClinicProfile profileA = clinic.profile();
            ClinicProfile profileB = deskB.profile();
            ClinicProfile renamedByB = deskB.saveProfile(new ClinicProfile("Desk B's name", "", "", "", "", null, List.of(),
                    Paper.A4, "", profileB.version()));
            assertThatThrownBy(() -> clinic.saveProfile(new ClinicProfile("Desk A's name", "", "", "", "", null, List.of(),
                    Paper.A4, "", profileA.version())))
                    .isInstanceOf(ChangedElsewhereException.class)
                    .hasMessageStartingWith("The clinic profile was " + byAndWhen);
            assertThat(clinic.profile()).isEqualTo(renamedByB);
            assertThat(clinic.profile().version()).isEqualTo(renamedByB.version());
        }
    }

    @Test
    void profileWithoutANameIsRefusedAndNothingIsStored() {
        ClinicProfile nameless = new ClinicProfile(" ", "", "", "", "", null, List.of(), Paper.A4, "");
        assertThatThrownBy(() -> clinic.saveProfile(nameless))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.first().describe("--")).isEqualTo("--name is required"));
        assertThat(clinic.profile()).isEqualTo(ClinicProfile.unset());
    }

    @Test
    void logoThatIsNotAReadablePngOrJpegIsRefused() {
        byte[] notAnImage = "GIF89a not really".getBytes(StandardCharsets.US_ASCII);
        ClinicProfile profile = new ClinicProfile("C", "", "", "", "", notAnImage, List.of(), Paper.A4, "");
        assertThatThrownBy(() -> clinic.saveProfile(profile))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.first().input()).isEqualTo("logo"));
        byte[] brokenPng = new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0};
        assertThatThrownBy(() -> Logo.check(brokenPng, "x.png")).hasMessageContaining("cannot be read");
    }

    @Test
    void clientsAreFoundByAnyPartOfTheirNameIgnoringCaseAndAccents() {
        Client zoe = clinic.addClient(new Client(null, "Zoë Łukasz-Müller", "+48 600", "", List.of("blood-thinners"), "likes firm pressure"));
        Client bruce = clinic.addClient(Client.named("李小龍"));
        clinic.addClient(Client.named("Jan Kowalski"));
        assertThat(zoe.id()).isNotNull();
        assertThat(clinic.searchClients("zoe lukasz")).containsExactly(zoe);
        assertThat(clinic.searchClients("MULLER")).containsExactly(zoe);
        assertThat(clinic.searchClients("小龍")).containsExactly(bruce);
        assertThat(clinic.searchClients("")).hasSize(3);
        assertThat(clinic.searchClients("%")).isEmpty();
    }

    @Test
    void clientKeepsItsConditionsAndNotes() {
        Client added = clinic.addClient(new Client(null, "Ana", "1", "ana@example.org", List.of("pregnancy", "pacemaker"), "note"));
        assertThat(clinic.client(added.id())).contains(added);
        assertThat(clinic.clientNamed("ANA")).contains(added);
    }

    @Test
    void clientWithAnUnknownConditionIsRefusedWithTheAllowedIds() {
        assertThatThrownBy(() -> clinic.addClient(new Client(null, "Ana", "", "", List.of("flu"), "")))
                .hasMessageContaining("condition must be one of blood-thinners")
                .hasMessageContaining("got flu");
        assertThat(clinic.searchClients("")).isEmpty();
    }

    @Test
    void updatingAClientChangesItAndAnUnknownOneIsRefused() {
        Client added = clinic.addClient(Client.named("Ana"));
        Client changed = new Client(added.id(), "Ana Maria", "", "", List.of("recent-injury-surgery"), "knee", added.version());
        Client stored = clinic.updateClient(changed);
        assertThat(stored.version()).isEqualTo(added.version() + 1);
        assertThat(clinic.client(added.id())).contains(stored);
        assertThatThrownBy(() -> clinic.updateClient(changed.withId(999))).hasMessageContaining("999: no such client");
    }

    @Test
    void aSessionIsStoredInTheClinicWithTheClientAndTheClientsConditionsAndNeverInTheJournal() {
        Client zoe = clinic.addClient(new Client(null, "Zoë Łukasz-Müller", "", "", List.of("blood-thinners"), ""));
        ClinicSession session = clinic.recordSession(new NewSession(zoe.id(), Instant.parse("2026-05-12T08:00:00Z"),
                "Anna Nowak", "deep-tissue", "firm", List.of("back", "neck"), 5, PainQuality.ACHY,
                List.of("dehydrated"), List.of("pregnancy"), "first visit"));

        ClinicSession stored = clinic.session(session.id()).orElseThrow();
        assertThat(stored).isEqualTo(session);
        assertThat(stored.client()).isEqualTo(zoe);
        assertThat(stored.startedAt()).isEqualTo(Instant.parse("2026-05-12T08:00:00Z"));
        assertThat(stored.therapist()).isEqualTo("Anna Nowak");
        assertThat(stored.massage()).isEqualTo("deep-tissue");
        assertThat(stored.pressure()).isEqualTo("firm");
        assertThat(stored.areas()).containsExactly("back", "neck");
        assertThat(stored.endSoreness()).isEqualTo(5);
        assertThat(stored.factors()).containsExactly("dehydrated");
        assertThat(stored.conditions()).containsExactlyInAnyOrder("blood-thinners", "pregnancy");
        assertThat(stored.note()).isEqualTo("first visit");
        assertThat(journal.recoveries()).isEmpty();
        assertThat(journal.status()).isEmpty();
    }

    @Test
    void sessionsOfADateAreThoseThatStartedThatDayInTheClinicsZoneInTimeOrder() {
        Client a = clinic.addClient(Client.named("A"));
        Client b = clinic.addClient(Client.named("B"));
        // Warsaw is UTC+2 in May: 23:30 UTC on the 11th is already the 12th there, 22:30 UTC on the 12th is the 13th.
        ClinicSession early = clinic.recordSession(NewSession.of(b.id(), Instant.parse("2026-05-11T23:30:00Z"), "swedish", 1));
        ClinicSession late = clinic.recordSession(NewSession.of(a.id(), Instant.parse("2026-05-12T15:00:00Z"), "thai", 4));
        clinic.recordSession(NewSession.of(a.id(), Instant.parse("2026-05-12T22:30:00Z"), "thai", 4));
        clinic.recordSession(NewSession.of(a.id(), Instant.parse("2026-05-11T21:00:00Z"), "thai", 4));
        journal.addRecovery(NewRecovery.of("swedish", Instant.parse("2026-05-12T10:00:00Z")));

        List<ClinicSession> sessions = clinic.sessionsOn(LocalDate.of(2026, 5, 12));
        assertThat(sessions).extracting(ClinicSession::id).containsExactly(early.id(), late.id());
        assertThat(sessions).extracting(s -> s.client().name()).containsExactly("B", "A");
    }

    @Test
    void aRecoveryWithoutAClientIsNoSession() {
        Recovery own = journal.addRecovery(NewRecovery.of("swedish", Instant.parse("2026-05-12T10:00:00Z")));
        assertThat(clinic.session(own.id())).isEmpty();
        assertThat(clinic.session(999)).isEmpty();
    }

    @Test
    void aSessionForAnUnknownClientOrWithAnUnknownPressureIsRefused() {
        assertThatThrownBy(() -> clinic.recordSession(NewSession.of(42, Instant.parse("2026-05-12T10:00:00Z"), "swedish", 1)))
                .hasMessage("client 42: no such client");
        Client a = clinic.addClient(Client.named("A"));
        NewSession hard = new NewSession(a.id(), Instant.parse("2026-05-12T10:00:00Z"), null, "swedish", "brutal",
                List.of(), 1, null, List.of(), List.of(), null);
        assertThatThrownBy(() -> clinic.recordSession(hard)).hasMessage("pressure must be one of light, medium, firm, deep, got brutal");
        assertThatThrownBy(() -> clinic.recordSession(NewSession.of(a.id(), Instant.parse("2026-05-12T10:00:00Z"), "reiki", 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("massage");
        assertThat(clinic.sessionsOn(LocalDate.of(2026, 5, 12))).isEmpty();
    }

    @Test
    void aSessionMoreThanADayAheadOrBefore1900IsRefusedAndNotStored() {
        Client a = clinic.addClient(Client.named("A"));
        assertThatThrownBy(() -> clinic.recordSession(NewSession.of(a.id(), Instant.parse("2026-05-17T10:00:00Z"), "swedish", 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("at must be from 1900-01-01 to a day from now (");
        assertThatThrownBy(() -> clinic.recordSession(NewSession.of(a.id(), Instant.parse("1899-12-31T10:00:00Z"), "swedish", 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(clinic.sessionsOf(a.id())).isEmpty();
    }

    @Test
    void aSessionIsChangedAndDeletedInTheClinicAndAnUnknownOneIsRefused() {
        Client zoe = clinic.addClient(new Client(null, "Zoë", "", "", List.of("blood-thinners"), ""));
        Client jan = clinic.addClient(Client.named("Jan"));
        ClinicSession first = clinic.recordSession(NewSession.of(zoe.id(), Instant.parse("2026-05-05T08:00:00Z"), "thai", 2));
        ClinicSession second = clinic.recordSession(NewSession.of(zoe.id(), Instant.parse("2026-05-12T08:00:00Z"), "swedish", 1));
        clinic.recordSession(NewSession.of(jan.id(), Instant.parse("2026-05-12T09:00:00Z"), "swedish", 1));
        assertThat(clinic.sessionsOf(zoe.id())).extracting(ClinicSession::id).containsExactly(second.id(), first.id());

        ClinicSession changed = clinic.updateSession(first.id(), first.version(), NewSession.of(zoe.id(),
                Instant.parse("2026-05-06T08:00:00Z"), "deep-tissue", 4).withTherapist("Anna"));
        assertThat(changed.massage()).isEqualTo("deep-tissue");
        assertThat(changed.therapist()).isEqualTo("Anna");
        assertThat(changed.conditions()).containsExactly("blood-thinners");
        assertThat(clinic.session(first.id())).contains(changed);

        clinic.deleteSession(second.id());
        assertThat(clinic.sessionsOf(zoe.id())).extracting(ClinicSession::id).containsExactly(first.id());
        assertThat(clinic.sessionsOf(jan.id())).hasSize(1);
        assertThatThrownBy(() -> clinic.deleteSession(second.id())).hasMessage("session " + second.id() + ": no such session");
        assertThatThrownBy(() -> clinic.updateSession(999, 1, NewSession.of(zoe.id(), Instant.parse("2026-05-12T08:00:00Z"), "thai", 1)))
                .hasMessage("session 999: no such session");
        assertThatThrownBy(() -> clinic.updateSession(first.id(), changed.version(), NewSession.of(zoe.id(), Instant.parse("2026-05-12T08:00:00Z"), "reiki", 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(clinic.session(first.id())).contains(changed);
        assertThat(journal.recoveries()).isEmpty();
    }

    @Test
    void aClientWithSessionsIsNotDeletedAndOneWithoutIs() {
        Client zoe = clinic.addClient(Client.named("Zoë"));
        ClinicSession session = clinic.recordSession(NewSession.of(zoe.id(), Instant.parse("2026-05-12T08:00:00Z"), "thai", 2));
        assertThatThrownBy(() -> clinic.deleteClient(zoe.id())).hasMessageContaining("has sessions on record");
        clinic.deleteSession(session.id());
        clinic.deleteClient(zoe.id());
        assertThat(clinic.client(zoe.id())).isEmpty();
    }
}
